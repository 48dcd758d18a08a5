package com.acme.shop.dto;

import java.util.List;

/** Stock of a product in all warehouses. */
public record ProductStockDto(Long productId, long totalAvailable, List<StockLevelDto> warehouses) {}
