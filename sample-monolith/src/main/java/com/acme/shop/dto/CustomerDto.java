package com.acme.shop.dto;

import java.time.Instant;
import java.util.List;

/** A customer with addresses. */
public record CustomerDto(
        Long id,
        String email,
        String firstName,
        String lastName,
        String phone,
        String tier,
        boolean marketingOptIn,
        List<AddressDto> addresses,
        long orderCount,
        Instant createdAt) {}
