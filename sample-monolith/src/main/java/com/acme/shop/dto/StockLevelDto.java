package com.acme.shop.dto;

/** Stock of a product in one warehouse. */
public record StockLevelDto(
        Long warehouseId, String warehouseCode, int onHand, int reserved, int available, int reorderPoint) {}
