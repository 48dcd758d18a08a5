package com.acme.shop.util;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** Money arithmetic with the shop's rounding (2 decimals, half-up). */
public final class MoneyUtils {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private MoneyUtils() {}

    public static BigDecimal round(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return round(amount.multiply(percent).divide(HUNDRED, 4, RoundingMode.HALF_UP));
    }

    public static BigDecimal times(BigDecimal amount, int quantity) {
        return round(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        return round(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public static BigDecimal nonNegative(BigDecimal amount) {
        return amount.signum() < 0 ? ZERO : round(amount);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static boolean isPositive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }
}
