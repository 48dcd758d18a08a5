package dev.carve.analyzer.store;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns values coming out of Neo4j into the plain types {@link QueryResult} promises. */
final class PlainValues {
    private PlainValues() {}

    /** Plain value of an embedded result value (entities are handled by the caller first). */
    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<Object> list = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                list.add(plain(Array.get(value, i)));
            }
            return list;
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> list = new ArrayList<>();
            iterable.forEach(v -> list.add(plain(v)));
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v)));
            return plain;
        }
        return value.toString();
    }

    /** A node or relationship as a map: its properties (sorted) plus {@code _labels} or {@code _type}. */
    static Map<String, Object> entity(String metaKey, Object meta, Map<String, Object> properties) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(metaKey, meta);
        new TreeMap<>(properties).forEach((k, v) -> map.put(k, plain(v)));
        return map;
    }

    static List<String> strings(Object value) {
        Object plain = plain(value);
        if (plain == null) {
            return List.of();
        }
        if (plain instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(plain));
    }

    static String string(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0L;
    }

    static double decimal(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0.0;
    }

    static boolean bool(Object value) {
        return value instanceof Boolean b && b;
    }
}
