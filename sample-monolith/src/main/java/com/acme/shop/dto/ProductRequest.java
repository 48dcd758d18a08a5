package com.acme.shop.dto;

import java.math.BigDecimal;
import java.util.Map;

/** Creates or updates a product; price is the initial net price. */
public record ProductRequest(
        String sku,
        String name,
        String description,
        Long categoryId,
        Integer weightGrams,
        BigDecimal price,
        Map<String, String> attributes) {}
