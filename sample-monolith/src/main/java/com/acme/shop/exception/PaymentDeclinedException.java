package com.acme.shop.exception;

/** The payment provider declined a charge or a refund (HTTP 402). */
public class PaymentDeclinedException extends BusinessRuleException {

    public PaymentDeclinedException(String message) {
        super(message);
    }
}
