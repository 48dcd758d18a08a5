package com.acme.shop.dto;

import java.time.Instant;

/** The body of every error response. */
public record ErrorResponse(int status, String error, String message, String path, Instant timestamp) {}
