package com.acme.shop.entity;

/** Delivery state of a notification. */
public enum NotificationStatus {
    PENDING,
    SENT,
    FAILED
}
