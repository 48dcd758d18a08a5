package com.acme.shop.dto;

/** A product and quantity in a checkout request. */
public record OrderLineRequest(Long productId, Integer quantity) {}
