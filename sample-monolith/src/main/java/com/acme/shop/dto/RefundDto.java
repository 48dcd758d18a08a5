package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;

/** A refund. */
public record RefundDto(Long id, Long paymentId, BigDecimal amount, String reason, Instant createdAt) {}
