package dev.carve.analyzer.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carve.analyzer.CarveException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reports every required key that is missing, with the line of the section it belongs in. */
final class RequiredKeys {
    private RequiredKeys() {}

    /** {@code prefix} is the dotted path of the section {@code tree} came from ("" or ending in a dot). */
    static void check(JsonNode tree, Class<?> type, String origin, String text, String prefix) {
        List<String> missing = new ArrayList<>();
        walk(tree, type, prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), missing);
        if (!missing.isEmpty()) {
            int line = YamlLines.of(text).lineOf(missing.get(0).replace("'", ""));
            throw CarveException.badInput(
                    origin + (line > 0 ? ":" + line : "") + ": missing required key" + (missing.size() > 1 ? "s " : " ")
                            + String.join(", ", missing) + ". Add " + (missing.size() > 1 ? "them" : "it")
                            + " (see docs/formats for what each means).");
        }
    }

    private static void walk(JsonNode node, Type type, String prefix, List<String> missing) {
        Class<?> raw = ConfigDefaults.rawClass(type);
        if (raw == null) {
            return;
        }
        if (node instanceof ArrayNode array && Collection.class.isAssignableFrom(raw)) {
            Type element = ConfigDefaults.elementType(type);
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), element, prefix + "[" + i + "]", missing);
            }
            return;
        }
        if (!(node instanceof ObjectNode object) || !raw.isRecord()) {
            return;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            String name = ConfigDefaults.yamlName(component);
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            JsonNode value = object.get(name);
            ConfigKey key = component.getAnnotation(ConfigKey.class);
            if ((value == null || value.isNull()) && key != null && key.required()) {
                missing.add("'" + path + "'");
            } else if (value != null) {
                walk(value, component.getGenericType(), path, missing);
            }
        }
    }
}
