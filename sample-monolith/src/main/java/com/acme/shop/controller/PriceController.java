package com.acme.shop.controller;

import com.acme.shop.dto.PriceDto;
import com.acme.shop.dto.PriceUpdateRequest;
import com.acme.shop.service.PricingService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/prices")
public class PriceController {

    private final PricingService pricingService;

    public PriceController(PricingService pricingService) {
        this.pricingService = pricingService;
    }

    @GetMapping("/{productId}")
    public PriceDto get(@PathVariable Long productId) {
        return pricingService.currentPrice(productId);
    }

    @PutMapping("/{productId}")
    public PriceDto change(@PathVariable Long productId, @RequestBody PriceUpdateRequest request) {
        return pricingService.changePrice(productId, request);
    }
}
