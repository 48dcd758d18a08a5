package com.acme.shop.event;

import java.math.BigDecimal;

/** Published by OrderService after checkout, inside the checkout transaction. */
public record OrderPlacedEvent(
        Long orderId, Long customerId, String orderNumber, BigDecimal total, String currency, boolean paid) {}
