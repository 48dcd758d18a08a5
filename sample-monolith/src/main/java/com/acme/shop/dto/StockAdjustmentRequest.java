package com.acme.shop.dto;

/** A goods receipt, a correction after counting, or a customer return. */
public record StockAdjustmentRequest(
        Long productId, Long warehouseId, Integer quantity, String type, String reference) {}
