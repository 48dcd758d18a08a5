package com.acme.shop.dto;

/** A new payment attempt for an order whose payment failed. */
public record PaymentRetryRequest(String paymentMethod, String paymentToken) {}
