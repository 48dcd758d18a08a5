package com.acme.shop.util;

import com.acme.shop.exception.ValidationException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Hand-rolled request validation (the shop predates Bean Validation here). */
public final class ValidationUtils {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    private ValidationUtils() {}

    public static String requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "must not be empty");
        }
        if (value.length() > maxLength) {
            throw new ValidationException(field, "must be at most " + maxLength + " characters");
        }
        return value.trim();
    }

    public static <T> T requireNonNull(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    public static int requireRange(Integer value, String field, int min, int max) {
        if (value == null || value < min || value > max) {
            throw new ValidationException(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    public static BigDecimal requirePositive(BigDecimal value, String field) {
        if (value == null || value.signum() <= 0) {
            throw new ValidationException(field, "must be a positive amount");
        }
        return value;
    }

    public static String requireEmail(String value, String field) {
        String email = requireText(value, field, 200);
        if (!EMAIL.matcher(email).matches()) {
            throw new ValidationException(field, "'" + value + "' is not an e-mail address");
        }
        return email;
    }

    public static String requireCountry(String value, String field) {
        if (value == null || !COUNTRY.matcher(value).matches()) {
            throw new ValidationException(field, "must be a two-letter country code like DE");
        }
        return value;
    }
}
