package com.acme.shop.dto;

/** Opens a warehouse. */
public record WarehouseRequest(String code, String name, String country) {}
