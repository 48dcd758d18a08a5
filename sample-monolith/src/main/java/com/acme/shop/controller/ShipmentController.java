package com.acme.shop.controller;

import com.acme.shop.dto.ShipmentDto;
import com.acme.shop.service.ShippingService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/shipments")
public class ShipmentController {

    private final ShippingService shippingService;

    public ShipmentController(ShippingService shippingService) {
        this.shippingService = shippingService;
    }

    @GetMapping
    public List<ShipmentDto> list(
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer limit) {
        return shippingService.list(status, limit);
    }

    @GetMapping("/{id}")
    public ShipmentDto get(@PathVariable Long id) {
        return shippingService.getShipment(id);
    }

    @PostMapping("/{id}/dispatch")
    public ShipmentDto dispatch(@PathVariable Long id) {
        return shippingService.dispatch(id);
    }

    @PostMapping("/{id}/deliver")
    public ShipmentDto deliver(@PathVariable Long id) {
        return shippingService.deliver(id);
    }
}
