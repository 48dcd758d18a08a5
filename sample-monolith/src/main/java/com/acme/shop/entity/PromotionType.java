package com.acme.shop.entity;

/** How a promotion lowers a price. */
public enum PromotionType {
    PERCENT_OFF,
    AMOUNT_OFF
}
