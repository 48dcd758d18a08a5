package com.acme.shop.dto;

import java.math.BigDecimal;

/** Whether a coupon applies to an order total, and what it takes off. */
public record CouponValidationDto(String code, boolean valid, BigDecimal discount, String reason) {}
