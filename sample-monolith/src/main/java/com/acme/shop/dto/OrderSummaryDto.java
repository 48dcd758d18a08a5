package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;

/** An order in a list. */
public record OrderSummaryDto(
        Long id,
        String orderNumber,
        Long customerId,
        String status,
        BigDecimal total,
        String currency,
        Instant placedAt) {}
