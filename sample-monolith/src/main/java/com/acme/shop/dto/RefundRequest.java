package com.acme.shop.dto;

import java.math.BigDecimal;

/** Refunds part or all of a payment. */
public record RefundRequest(BigDecimal amount, String reason) {}
