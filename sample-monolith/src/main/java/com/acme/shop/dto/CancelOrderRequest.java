package com.acme.shop.dto;

/** Why an order is cancelled. */
public record CancelOrderRequest(String reason) {}
