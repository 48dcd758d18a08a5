package com.acme.shop.entity;

/** Why stock changed. */
public enum MovementType {
    RECEIPT,
    ADJUSTMENT,
    SHIPMENT,
    RETURN
}
