package com.acme.shop.util;

import com.acme.shop.exception.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Dates in the shop are UTC, reports work on whole UTC days. */
public final class DateUtils {

    private DateUtils() {}

    public static Instant now() {
        return Instant.now();
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public static Instant endOfDay(LocalDate day) {
        return startOfDay(day.plusDays(1));
    }

    public static LocalDate parseDate(String value, LocalDate fallback, String field) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "expected a date like 2024-05-31, got '" + value + "'");
        }
    }

    public static Instant minutesFromNow(int minutes) {
        return now().plusSeconds(60L * minutes);
    }
}
