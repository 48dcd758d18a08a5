package com.acme.shop.entity;

/** Payment methods the provider accepts. */
public enum PaymentMethod {
    CARD,
    PAYPAL,
    INVOICE
}
