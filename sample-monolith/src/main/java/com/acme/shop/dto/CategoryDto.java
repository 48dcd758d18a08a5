package com.acme.shop.dto;

/** A category of the catalogue. */
public record CategoryDto(Long id, String name, String slug, Long parentId) {}
