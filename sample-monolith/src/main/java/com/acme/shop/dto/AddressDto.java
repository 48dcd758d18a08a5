package com.acme.shop.dto;

/** A delivery address. */
public record AddressDto(
        Long id, String line1, String line2, String city, String postalCode, String country, boolean defaultAddress) {}
