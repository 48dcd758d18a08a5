package com.acme.shop.dto;

import java.math.BigDecimal;
import java.util.List;

/** What an order would cost. */
public record OrderQuoteDto(
        List<OrderLineDto> lines,
        BigDecimal subtotal,
        BigDecimal discount,
        BigDecimal shippingCost,
        BigDecimal tax,
        BigDecimal total,
        String currency,
        String carrierCode,
        int estimatedDeliveryDays) {}
