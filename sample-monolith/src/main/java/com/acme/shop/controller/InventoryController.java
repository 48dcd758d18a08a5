package com.acme.shop.controller;

import com.acme.shop.dto.LowStockDto;
import com.acme.shop.dto.ProductStockDto;
import com.acme.shop.dto.StockAdjustmentRequest;
import com.acme.shop.dto.StockLevelDto;
import com.acme.shop.dto.StockMovementDto;
import com.acme.shop.service.InventoryService;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inventory")
public class InventoryController {

    private final InventoryService inventoryService;

    public InventoryController(InventoryService inventoryService) {
        this.inventoryService = inventoryService;
    }

    @GetMapping("/low-stock")
    public List<LowStockDto> lowStock(@RequestParam(required = false) Integer threshold) {
        return inventoryService.lowStock(threshold);
    }

    @GetMapping("/{productId}")
    public ProductStockDto stock(@PathVariable Long productId) {
        return inventoryService.stockForProduct(productId);
    }

    @GetMapping("/{productId}/movements")
    public List<StockMovementDto> movements(
            @PathVariable Long productId, @RequestParam(required = false) Integer limit) {
        return inventoryService.movements(productId, limit);
    }

    @PostMapping("/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    public StockLevelDto adjust(@RequestBody StockAdjustmentRequest request) {
        return inventoryService.adjust(request);
    }
}
