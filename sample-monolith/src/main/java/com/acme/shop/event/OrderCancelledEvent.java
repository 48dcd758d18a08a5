package com.acme.shop.event;

/** Published by OrderService when an order is cancelled. */
public record OrderCancelledEvent(Long orderId, Long customerId, String orderNumber, String reason) {}
