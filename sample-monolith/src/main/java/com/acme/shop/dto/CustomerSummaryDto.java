package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;

/** What the shop knows about a customer, for the service desk. */
public record CustomerSummaryDto(
        Long customerId,
        String email,
        String name,
        String tier,
        long orders,
        BigDecimal totalSpent,
        Instant lastOrderAt,
        int loyaltyPoints,
        long notifications) {}
