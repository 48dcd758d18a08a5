package com.acme.shop.dto;

/** New text for a notification template. */
public record TemplateUpdateRequest(String subject, String body) {}
