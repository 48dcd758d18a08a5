package com.acme.shop.exception;

/** The request clashes with the current state of a record (HTTP 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
