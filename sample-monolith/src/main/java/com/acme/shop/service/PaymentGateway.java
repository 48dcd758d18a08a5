package com.acme.shop.service;

import java.math.BigDecimal;

/** The payment service provider, as far as the shop needs it. */
public interface PaymentGateway {

    ChargeResult charge(BigDecimal amount, String currency, String paymentToken);

    ChargeResult refund(String providerReference, BigDecimal amount, String currency);
}
