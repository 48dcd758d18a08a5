package com.acme.shop.entity;

/** How a notification reaches its recipient. */
public enum NotificationChannel {
    EMAIL,
    SMS,
    INTERNAL
}
