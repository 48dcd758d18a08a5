package com.acme.shop.dto;

import java.math.BigDecimal;

/** A product in a list. */
public record ProductSummaryDto(
        Long id,
        String sku,
        String name,
        Long categoryId,
        String categoryName,
        BigDecimal price,
        long available,
        boolean active) {}
