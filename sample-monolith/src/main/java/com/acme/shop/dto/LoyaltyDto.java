package com.acme.shop.dto;

/** Loyalty points and tier of a customer. */
public record LoyaltyDto(Long customerId, int points, int lifetimePoints, String tier, int pointsToNextTier) {}
