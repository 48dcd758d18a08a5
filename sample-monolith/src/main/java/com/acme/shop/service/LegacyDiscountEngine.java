package com.acme.shop.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The 2016 volume-discount rules ("3 for 2", staff discount). Replaced by promotions and coupons; kept "in case
 * marketing wants it back". Nothing calls it.
 */
public class LegacyDiscountEngine {

    private static final BigDecimal STAFF_PERCENT = new BigDecimal("15");

    public BigDecimal threeForTwo(BigDecimal unitPrice, int quantity) {
        int free = quantity / 3;
        return unitPrice.multiply(BigDecimal.valueOf(quantity - free));
    }

    public BigDecimal staffPrice(BigDecimal price) {
        BigDecimal discount = price.multiply(STAFF_PERCENT).divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
        return price.subtract(discount);
    }
}
