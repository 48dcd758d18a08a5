package com.acme.shop.exception;

/** A request is malformed: a missing field, a bad format (HTTP 400). */
public class ValidationException extends RuntimeException {

    private final String field;

    public ValidationException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
