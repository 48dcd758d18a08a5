package com.acme.shop.config;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Business settings of the shop ({@code shop.*} in application.properties). */
@ConfigurationProperties(prefix = "shop")
public class ShopProperties {

    private String currency = "EUR";
    private String defaultCountry = "DE";
    private BigDecimal freeShippingThreshold = new BigDecimal("100.00");
    private int loyaltyPointsPerEuro = 1;
    private int reservationTtlMinutes = 15;
    private int lowStockThreshold = 25;
    private String opsEmail = "ops@acme-shop.example.com";

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getDefaultCountry() {
        return defaultCountry;
    }

    public void setDefaultCountry(String defaultCountry) {
        this.defaultCountry = defaultCountry;
    }

    public BigDecimal getFreeShippingThreshold() {
        return freeShippingThreshold;
    }

    public void setFreeShippingThreshold(BigDecimal freeShippingThreshold) {
        this.freeShippingThreshold = freeShippingThreshold;
    }

    public int getLoyaltyPointsPerEuro() {
        return loyaltyPointsPerEuro;
    }

    public void setLoyaltyPointsPerEuro(int loyaltyPointsPerEuro) {
        this.loyaltyPointsPerEuro = loyaltyPointsPerEuro;
    }

    public int getReservationTtlMinutes() {
        return reservationTtlMinutes;
    }

    public void setReservationTtlMinutes(int reservationTtlMinutes) {
        this.reservationTtlMinutes = reservationTtlMinutes;
    }

    public int getLowStockThreshold() {
        return lowStockThreshold;
    }

    public void setLowStockThreshold(int lowStockThreshold) {
        this.lowStockThreshold = lowStockThreshold;
    }

    public String getOpsEmail() {
        return opsEmail;
    }

    public void setOpsEmail(String opsEmail) {
        this.opsEmail = opsEmail;
    }
}
