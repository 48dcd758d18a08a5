package dev.carve.proxy.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A size in bytes as written in the config: {@code 512}, {@code 16KiB}, {@code 100MiB}, {@code 1GiB} (powers of
 * 1024) or {@code 10kB}, {@code 10MB}, {@code 1GB} (powers of 1000).
 */
public record SizeValue(long bytes) {
    private static final String[][] UNITS = {
        {"kib", "1024"}, {"mib", "1048576"}, {"gib", "1073741824"}, {"kb", "1000"}, {"mb", "1000000"},
        {"gb", "1000000000"}, {"k", "1024"}, {"m", "1048576"}, {"g", "1073741824"}, {"b", "1"}
    };

    public SizeValue {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size cannot be negative: " + bytes);
        }
    }

    public static SizeValue ofBytes(long bytes) {
        return new SizeValue(bytes);
    }

    @JsonCreator
    public static SizeValue parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        try {
            for (String[] unit : UNITS) {
                if (t.endsWith(unit[0])) {
                    double n = Double.parseDouble(
                            t.substring(0, t.length() - unit[0].length()).trim());
                    return new SizeValue(Math.round(n * Long.parseLong(unit[1])));
                }
            }
            return new SizeValue(Long.parseLong(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a size; write it like 16KiB, 100MiB or 1GB", e);
        }
    }

    @JsonCreator
    public static SizeValue ofNumber(long bytes) {
        return new SizeValue(bytes);
    }

    /** The size as an int, capped at {@link Integer#MAX_VALUE}, for Netty settings that take ints. */
    public int intBytes() {
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    @JsonValue
    @Override
    public String toString() {
        if (bytes != 0 && bytes % 1073741824L == 0) {
            return bytes / 1073741824L + "GiB";
        }
        if (bytes != 0 && bytes % 1048576 == 0) {
            return bytes / 1048576 + "MiB";
        }
        if (bytes != 0 && bytes % 1024 == 0) {
            return bytes / 1024 + "KiB";
        }
        return Long.toString(bytes);
    }
}
