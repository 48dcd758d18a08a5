package com.acme.shop.entity;

/** State of a card or invoice payment. */
public enum PaymentStatus {
    CAPTURED,
    FAILED,
    PARTIALLY_REFUNDED,
    REFUNDED
}
