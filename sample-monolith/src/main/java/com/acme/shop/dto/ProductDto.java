package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A product with its current price and sellable stock. */
public record ProductDto(
        Long id,
        String sku,
        String name,
        String description,
        Long categoryId,
        String categoryName,
        int weightGrams,
        boolean active,
        BigDecimal price,
        String currency,
        long available,
        Map<String, String> attributes,
        Instant updatedAt) {}
