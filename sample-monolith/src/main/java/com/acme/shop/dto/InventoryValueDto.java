package com.acme.shop.dto;

import java.math.BigDecimal;

/** Stock value of a warehouse at current prices. */
public record InventoryValueDto(String warehouseCode, String warehouseName, long units, BigDecimal value) {}
