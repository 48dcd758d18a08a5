package com.acme.shop.dto;

import java.math.BigDecimal;

/** A best-selling product. */
public record TopProductDto(
        Long productId, String sku, String name, String category, long quantity, BigDecimal revenue) {}
