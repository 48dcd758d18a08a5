package com.acme.shop.entity;

/** Loyalty tiers, earned with lifetime points. */
public enum CustomerTier {
    STANDARD,
    SILVER,
    GOLD
}
