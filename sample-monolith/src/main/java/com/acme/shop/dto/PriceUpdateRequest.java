package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.Instant;

/** Sets a new base price, from now or from a later point in time. */
public record PriceUpdateRequest(BigDecimal price, Instant validFrom, String changedBy) {}
