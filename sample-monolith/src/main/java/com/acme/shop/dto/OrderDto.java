package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order with its lines, payments and shipment. */
public record OrderDto(
        Long id,
        String orderNumber,
        Long customerId,
        String customerEmail,
        String status,
        List<OrderLineDto> lines,
        BigDecimal subtotal,
        BigDecimal discount,
        BigDecimal shippingCost,
        BigDecimal tax,
        BigDecimal total,
        String currency,
        String couponCode,
        AddressDto shippingAddress,
        List<PaymentDto> payments,
        ShipmentDto shipment,
        Instant placedAt,
        Instant updatedAt) {}
