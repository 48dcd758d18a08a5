package dev.carve.proxy.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A duration as written in the config: {@code 250ms}, {@code 2s}, {@code 5m}, {@code 1h}, or a whole number of
 * milliseconds. Zero means "off" where a key says so.
 */
public record TimeValue(long millis) {
    public TimeValue {
        if (millis < 0) {
            throw new IllegalArgumentException("a duration cannot be negative: " + millis + "ms");
        }
    }

    public static TimeValue ofMillis(long millis) {
        return new TimeValue(millis);
    }

    public static TimeValue ofSeconds(long seconds) {
        return new TimeValue(TimeUnit.SECONDS.toMillis(seconds));
    }

    /** Parses {@code 250ms}, {@code 2s}, {@code 1.5s}, {@code 5m}, {@code 1h} or a plain number of milliseconds. */
    @JsonCreator
    public static TimeValue parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return new TimeValue(Math.round(
                        Double.parseDouble(t.substring(0, t.length() - 2).trim())));
            }
            long unit = t.endsWith("s") ? 1000 : t.endsWith("m") ? 60_000 : t.endsWith("h") ? 3_600_000 : 0;
            if (unit == 0) {
                return new TimeValue(Long.parseLong(t));
            }
            return new TimeValue(Math.round(
                    Double.parseDouble(t.substring(0, t.length() - 1).trim()) * unit));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a duration; write it like 250ms, 2s, 5m or 1h", e);
        }
    }

    @JsonCreator
    public static TimeValue ofNumber(long millis) {
        return new TimeValue(millis);
    }

    public long nanos() {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    public boolean isOff() {
        return millis == 0;
    }

    @JsonValue
    @Override
    public String toString() {
        if (millis != 0 && millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis != 0 && millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        if (millis != 0 && millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return millis + "ms";
    }
}
