package com.acme.shop.dto;

import java.time.Instant;

/** A notification. */
public record NotificationDto(
        Long id,
        Long customerId,
        String channel,
        String templateCode,
        String recipient,
        String subject,
        String status,
        int attempts,
        Instant createdAt,
        Instant sentAt) {}
