package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;

/** A payment. */
public record PaymentDto(
        Long id,
        Long orderId,
        BigDecimal amount,
        BigDecimal refundedAmount,
        String currency,
        String method,
        String status,
        String providerReference,
        String failureReason,
        Instant createdAt) {}
