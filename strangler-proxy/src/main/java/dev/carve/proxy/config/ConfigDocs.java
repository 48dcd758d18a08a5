package dev.carve.proxy.config;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/** Generates the Markdown reference of {@code carve-proxy.yaml} from the {@link ConfigKey} declarations. */
public final class ConfigDocs {
    private ConfigDocs() {}

    /** A table of every key (dotted path, type, default, required, description), sections flattened. */
    public static String markdownTable(Class<?> root) {
        StringBuilder out = new StringBuilder();
        out.append("| key | type | default | required | description |\n");
        out.append("|---|---|---|---|---|\n");
        rows(root, "", out);
        return out.toString();
    }

    private static void rows(Type type, String prefix, StringBuilder out) {
        Class<?> raw = ConfigSchema.rawClass(type);
        if (!ConfigSchema.isSection(raw)) {
            return;
        }
        for (RecordComponent c : raw.getRecordComponents()) {
            String path = prefix + ConfigSchema.yamlName(c);
            ConfigKey key = c.getAnnotation(ConfigKey.class);
            Class<?> componentRaw = ConfigSchema.rawClass(c.getGenericType());
            boolean list = componentRaw != null && Collection.class.isAssignableFrom(componentRaw);
            Type inner = list ? ConfigSchema.elementType(c.getGenericType()) : c.getGenericType();
            Class<?> innerRaw = ConfigSchema.rawClass(inner);
            out.append("| `")
                    .append(path)
                    .append("` | ")
                    .append(typeName(componentRaw, innerRaw, list))
                    .append(" | ");
            out.append(key == null || key.defaultValue().isEmpty() ? "" : "`" + key.defaultValue() + "`");
            out.append(" | ")
                    .append(key != null && key.required() ? "yes" : "no")
                    .append(" | ");
            out.append(key == null ? "" : key.description().replace("|", "\\|"));
            if (key != null && !key.example().isEmpty()) {
                out.append(" Example: `").append(key.example()).append("`.");
            }
            out.append(" |\n");
            if (ConfigSchema.isSection(innerRaw)) {
                rows(inner, path + (list ? "[]." : "."), out);
            }
        }
    }

    private static String typeName(Class<?> raw, Class<?> inner, boolean list) {
        if (raw == null) {
            return "value";
        }
        if (list) {
            return "list of " + (ConfigSchema.isSection(inner) ? "sections" : simple(inner) + "s");
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "map of strings";
        }
        return ConfigSchema.isSection(raw) ? "section" : simple(raw);
    }

    private static String simple(Class<?> c) {
        if (c == null) {
            return "value";
        }
        if (c.isEnum()) {
            StringBuilder b = new StringBuilder();
            for (Object constant : c.getEnumConstants()) {
                b.append(b.length() > 0 ? " \\| " : "")
                        .append(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
            }
            return b.toString();
        }
        if (c == TimeValue.class) {
            return "duration";
        }
        if (c == SizeValue.class) {
            return "size";
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
        return c == String.class ? "string" : c.getSimpleName();
    }
}
