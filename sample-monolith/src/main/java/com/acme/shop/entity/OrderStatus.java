package com.acme.shop.entity;

/** Life cycle of an order. */
public enum OrderStatus {
    NEW,
    PENDING_PAYMENT,
    PAYMENT_FAILED,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    REFUNDED
}
