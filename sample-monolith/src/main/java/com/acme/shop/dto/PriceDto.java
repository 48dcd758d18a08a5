package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The base and effective price of a product today. */
public record PriceDto(
        Long productId,
        BigDecimal basePrice,
        BigDecimal effectivePrice,
        String currency,
        Instant validFrom,
        List<String> appliedPromotions) {}
