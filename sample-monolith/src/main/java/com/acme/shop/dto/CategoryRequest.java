package com.acme.shop.dto;

/** Creates a category. */
public record CategoryRequest(String name, Long parentId) {}
