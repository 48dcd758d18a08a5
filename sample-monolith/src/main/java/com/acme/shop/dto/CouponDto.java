package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;

/** A coupon. */
public record CouponDto(
        Long id,
        String code,
        BigDecimal discountPercent,
        BigDecimal discountAmount,
        BigDecimal minOrderTotal,
        Integer maxUses,
        int timesUsed,
        Instant expiresAt,
        boolean active) {}
