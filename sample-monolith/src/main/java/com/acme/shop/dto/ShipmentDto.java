package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;

/** A shipment. */
public record ShipmentDto(
        Long id,
        Long orderId,
        String carrierCode,
        String warehouseCode,
        String status,
        String trackingNumber,
        String trackingUrl,
        BigDecimal shippingCost,
        Instant createdAt,
        Instant dispatchedAt,
        Instant deliveredAt) {}
