package com.acme.shop.dto;

import java.time.Instant;

/** A notification template. */
public record TemplateDto(String code, String channel, String subject, String body, Instant updatedAt) {}
