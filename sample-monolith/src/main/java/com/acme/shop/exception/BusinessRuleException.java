package com.acme.shop.exception;

/** A well-formed request that the business rules reject (HTTP 422). */
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
