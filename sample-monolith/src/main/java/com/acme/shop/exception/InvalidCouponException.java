package com.acme.shop.exception;

/** A coupon code that is unknown, expired, used up or not valid for the order. */
public class InvalidCouponException extends BusinessRuleException {

    public InvalidCouponException(String code, String reason) {
        super("Coupon " + code + " cannot be used: " + reason);
    }
}
