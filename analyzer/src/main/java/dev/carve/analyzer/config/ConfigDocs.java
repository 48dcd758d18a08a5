package dev.carve.analyzer.config;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

/** Generates the Markdown reference of a configuration file from the {@link ConfigKey} declarations. */
public final class ConfigDocs {
    private ConfigDocs() {}

    /** A Markdown table of every key (dotted path, type, default, required, description), nested records flattened. */
    public static String markdownTable(Class<?> root) {
        StringBuilder out = new StringBuilder();
        out.append("| key | type | default | required | description |\n");
        out.append("|---|---|---|---|---|\n");
        rows(root, "", out);
        return out.toString();
    }

    private static void rows(Type type, String prefix, StringBuilder out) {
        Class<?> raw = ConfigDefaults.rawClass(type);
        if (raw == null || !raw.isRecord()) {
            return;
        }
        for (RecordComponent c : raw.getRecordComponents()) {
            String path = prefix + ConfigDefaults.yamlName(c);
            ConfigKey key = c.getAnnotation(ConfigKey.class);
            Class<?> componentRaw = ConfigDefaults.rawClass(c.getGenericType());
            boolean list = componentRaw != null && Collection.class.isAssignableFrom(componentRaw);
            Type inner = list ? ConfigDefaults.elementType(c.getGenericType()) : c.getGenericType();
            Class<?> innerRaw = ConfigDefaults.rawClass(inner);
            String typeName = typeName(componentRaw, innerRaw, list);
            out.append("| `").append(path).append("` | ").append(typeName).append(" | ");
            out.append(key == null || key.defaultValue().isEmpty() ? "" : "`" + key.defaultValue() + "`");
            out.append(" | ")
                    .append(key != null && key.required() ? "yes" : "no")
                    .append(" | ");
            out.append(key == null ? "" : key.description().replace("|", "\\|"));
            if (key != null && !key.example().isEmpty()) {
                out.append(" Example: `").append(key.example()).append("`.");
            }
            out.append(" |\n");
            if (innerRaw != null && innerRaw.isRecord()) {
                rows(inner, path + (list ? "[]." : "."), out);
            }
        }
    }

    private static String typeName(Class<?> raw, Class<?> inner, boolean list) {
        if (raw == null) {
            return "value";
        }
        if (list) {
            return "list of " + (inner != null && inner.isRecord() ? "sections" : simple(inner));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "map";
        }
        return raw.isRecord() ? "section" : simple(raw);
    }

    private static String simple(Class<?> c) {
        if (c == null) {
            return "value";
        }
        if (c.isEnum()) {
            StringBuilder b = new StringBuilder();
            for (Object constant : c.getEnumConstants()) {
                if (b.length() > 0) {
                    b.append(" \\| ");
                }
                b.append(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT));
            }
            return b.toString();
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "integer";
        }
        if (c == double.class || c == Double.class) {
            return "number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "boolean";
        }
        if (c == String.class) {
            return "string";
        }
        return c.getSimpleName();
    }
}
