package com.acme.shop.controller;

import com.acme.shop.dto.WarehouseDto;
import com.acme.shop.dto.WarehouseRequest;
import com.acme.shop.service.WarehouseService;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/warehouses")
public class WarehouseController {

    private final WarehouseService warehouseService;

    public WarehouseController(WarehouseService warehouseService) {
        this.warehouseService = warehouseService;
    }

    @GetMapping
    public List<WarehouseDto> list() {
        return warehouseService.listWarehouses();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public WarehouseDto open(@RequestBody WarehouseRequest request) {
        return warehouseService.openWarehouse(request);
    }
}
