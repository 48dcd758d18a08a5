package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;

/** A promotion. */
public record PromotionDto(
        Long id,
        String name,
        String type,
        BigDecimal value,
        Long categoryId,
        Instant startsAt,
        Instant endsAt,
        boolean active) {}
