package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;

/** Creates a promotion; no category means the whole shop. */
public record PromotionRequest(
        String name, String type, BigDecimal value, Long categoryId, Instant startsAt, Instant endsAt) {}
