package com.acme.shop.dto;

import java.math.BigDecimal;

/** An order line. */
public record OrderLineDto(
        Long productId, String sku, String productName, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {}
