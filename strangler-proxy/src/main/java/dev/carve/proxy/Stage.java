package dev.carve.proxy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The stages a route moves through, in order: all traffic to legacy, mirrored, split, all to the new side. */
public enum Stage {
    LEGACY,
    SHADOW,
    CANARY,
    NEW;

    /** The next stage up, or this one when it is the last. */
    public Stage next() {
        return this == NEW ? NEW : values()[ordinal() + 1];
    }

    /** The next stage down, or this one when it is the first. */
    public Stage previous() {
        return this == LEGACY ? LEGACY : values()[ordinal() - 1];
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Stage of(String text) {
        for (Stage s : values()) {
            if (s.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a stage; use legacy, shadow, canary or new");
    }
}
