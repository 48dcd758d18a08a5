package com.acme.shop.dto;

import java.math.BigDecimal;

/** A carrier's price for a parcel. */
public record ShippingQuoteDto(
        String carrierCode, String carrierName, BigDecimal price, int deliveryDays, boolean freeShipping) {}
