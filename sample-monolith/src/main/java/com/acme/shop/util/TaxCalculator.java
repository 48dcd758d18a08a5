package com.acme.shop.util;

import java.math.BigDecimal;
import java.util.Map;

/** VAT by destination country; prices in the catalogue are net. */
public final class TaxCalculator {

    private static final Map<String, BigDecimal> VAT_PERCENT = Map.of(
            "DE", new BigDecimal("19"),
            "AT", new BigDecimal("20"),
            "NL", new BigDecimal("21"),
            "BE", new BigDecimal("21"),
            "FR", new BigDecimal("20"),
            "ES", new BigDecimal("21"),
            "IT", new BigDecimal("22"),
            "PL", new BigDecimal("23"));
    private static final BigDecimal FALLBACK = new BigDecimal("19");

    private TaxCalculator() {}

    public static BigDecimal vatPercent(String country) {
        return VAT_PERCENT.getOrDefault(country, FALLBACK);
    }

    public static BigDecimal vat(String country, BigDecimal netAmount) {
        return MoneyUtils.percentOf(netAmount, vatPercent(country));
    }
}
