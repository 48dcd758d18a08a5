package com.acme.shop.service;

/** What the payment provider answered. */
public record ChargeResult(boolean approved, String providerReference, String declineReason) {

    public static ChargeResult approved(String providerReference) {
        return new ChargeResult(true, providerReference, null);
    }

    public static ChargeResult declined(String reason) {
        return new ChargeResult(false, null, reason);
    }
}
