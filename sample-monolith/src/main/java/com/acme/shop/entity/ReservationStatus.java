package com.acme.shop.entity;

/** Stock set aside for an order. */
public enum ReservationStatus {
    ACTIVE,
    CONSUMED,
    RELEASED
}
