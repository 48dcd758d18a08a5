package com.acme.shop.dto;

/** A warehouse. */
public record WarehouseDto(Long id, String code, String name, String country, boolean active) {}
