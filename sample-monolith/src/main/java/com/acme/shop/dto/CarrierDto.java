package com.acme.shop.dto;

/** A carrier. */
public record CarrierDto(Long id, String code, String name) {}
