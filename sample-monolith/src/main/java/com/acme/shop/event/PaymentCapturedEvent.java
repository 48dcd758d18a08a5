package com.acme.shop.event;

import java.math.BigDecimal;

/** Published by PaymentService when the provider approved a charge. */
public record PaymentCapturedEvent(Long paymentId, Long orderId, BigDecimal amount) {}
