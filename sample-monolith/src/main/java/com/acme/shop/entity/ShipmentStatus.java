package com.acme.shop.entity;

/** Where a parcel is. */
public enum ShipmentStatus {
    READY,
    DISPATCHED,
    DELIVERED,
    CANCELLED
}
