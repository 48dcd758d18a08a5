package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Sales per day over a period. */
public record SalesReportDto(
        LocalDate from,
        LocalDate to,
        List<SalesDayDto> days,
        int totalOrders,
        BigDecimal totalRevenue,
        Instant generatedAt) {}
