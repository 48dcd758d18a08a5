package dev.carve.proxy.shadow;

/** One difference: where ({@code status}, {@code header:name}, {@code $.a[1].b} or {@code body}) and both values. */
public record Difference(String path, String legacy, String target) {
    static final int MAX_VALUE = 200;

    static Difference of(String path, String legacy, String target) {
        return new Difference(path, cut(legacy), cut(target));
    }

    private static String cut(String v) {
        if (v == null) {
            return "(absent)";
        }
        return v.length() <= MAX_VALUE ? v : v.substring(0, MAX_VALUE) + "...";
    }
}
