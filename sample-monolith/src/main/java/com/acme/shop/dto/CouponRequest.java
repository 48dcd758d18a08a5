package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;

/** Creates a coupon with either a percentage or an amount off. */
public record CouponRequest(
        String code,
        BigDecimal discountPercent,
        BigDecimal discountAmount,
        BigDecimal minOrderTotal,
        Integer maxUses,
        Instant expiresAt) {}
