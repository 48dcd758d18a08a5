package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A frozen day of sales. */
public record SnapshotDto(
        LocalDate date,
        int orderCount,
        int itemsSold,
        BigDecimal grossRevenue,
        BigDecimal discounts,
        BigDecimal refunds,
        Instant generatedAt) {}
