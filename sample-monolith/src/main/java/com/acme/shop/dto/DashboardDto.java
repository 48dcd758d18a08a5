package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;

/** Today's figures for the back-office start page. */
public record DashboardDto(
        Instant generatedAt,
        long ordersToday,
        BigDecimal revenueToday,
        long openShipments,
        long lowStockItems,
        long pendingNotifications,
        long activePromotions,
        long customers) {}
