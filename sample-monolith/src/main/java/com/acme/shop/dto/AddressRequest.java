package com.acme.shop.dto;

/** Adds a delivery address. */
public record AddressRequest(
        String line1, String line2, String city, String postalCode, String country, Boolean makeDefault) {}
