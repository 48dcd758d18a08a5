package com.acme.shop.dto;

/** A stock level at or below its threshold. */
public record LowStockDto(
        Long productId, String sku, String productName, String warehouseCode, int available, int reorderPoint) {}
