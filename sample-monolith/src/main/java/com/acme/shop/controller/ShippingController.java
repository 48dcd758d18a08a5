package com.acme.shop.controller;

import com.acme.shop.dto.CarrierDto;
import com.acme.shop.dto.ShippingQuoteDto;
import com.acme.shop.service.ShippingService;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ShippingController {

    private final ShippingService shippingService;

    public ShippingController(ShippingService shippingService) {
        this.shippingService = shippingService;
    }

    @GetMapping("/api/carriers")
    public List<CarrierDto> carriers() {
        return shippingService.carriers();
    }

    @GetMapping("/api/shipping/rates")
    public List<ShippingQuoteDto> rates(
            @RequestParam String country,
            @RequestParam Integer weightGrams,
            @RequestParam(required = false) BigDecimal orderValue) {
        return shippingService.rates(country, weightGrams, orderValue);
    }
}
