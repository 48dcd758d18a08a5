package com.acme.shop.dto;

import java.time.Instant;

/** One entry of an order's status history. */
public record OrderStatusChangeDto(String fromStatus, String toStatus, String note, Instant changedAt) {}
