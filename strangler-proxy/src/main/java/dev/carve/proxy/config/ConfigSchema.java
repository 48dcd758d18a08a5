package dev.carve.proxy.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;

/**
 * Walks the {@link ConfigKey} declarations of the config records: fills absent keys with their defaults and
 * finds required keys that are missing, recursively through sections and lists of sections.
 */
final class ConfigSchema {
    private ConfigSchema() {}

    static JsonNode withDefaults(JsonNode tree, Class<?> type, ObjectMapper yaml) {
        JsonNode copy = tree.deepCopy();
        fill(copy, type, yaml);
        return copy;
    }

    static void missingRequired(JsonNode node, Type type, String prefix, List<String> missing) {
        Class<?> raw = rawClass(type);
        if (raw == null) {
            return;
        }
        if (node instanceof ArrayNode array && Collection.class.isAssignableFrom(raw)) {
            for (int i = 0; i < array.size(); i++) {
                missingRequired(array.get(i), elementType(type), prefix + "[" + i + "]", missing);
            }
            return;
        }
        if (!(node instanceof ObjectNode object) || !isSection(raw)) {
            return;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            String path = prefix.isEmpty() ? yamlName(component) : prefix + "." + yamlName(component);
            JsonNode value = object.get(yamlName(component));
            ConfigKey key = component.getAnnotation(ConfigKey.class);
            if ((value == null || value.isNull()) && key != null && key.required()) {
                missing.add(path);
            } else if (value != null) {
                missingRequired(value, component.getGenericType(), path, missing);
            }
        }
    }

    private static void fill(JsonNode node, Type type, ObjectMapper yaml) {
        Class<?> raw = rawClass(type);
        if (raw == null) {
            return;
        }
        if (node instanceof ArrayNode array && Collection.class.isAssignableFrom(raw)) {
            for (JsonNode item : array) {
                fill(item, elementType(type), yaml);
            }
            return;
        }
        if (!(node instanceof ObjectNode object) || !isSection(raw)) {
            return;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            String name = yamlName(component);
            ConfigKey key = component.getAnnotation(ConfigKey.class);
            JsonNode value = object.get(name);
            Class<?> componentRaw = rawClass(component.getGenericType());
            boolean absent = value == null || value.isNull();
            if (absent && key != null && !key.defaultValue().isEmpty()) {
                object.set(name, defaultNode(key.defaultValue(), yaml));
            } else if (absent && key != null && !key.required() && emptyValue(componentRaw, object) != null) {
                // optional text, lists and maps without a default are empty rather than null
                object.set(name, emptyValue(componentRaw, object));
            } else if (absent && isSection(componentRaw)) {
                // an absent section still gets its own defaults
                ObjectNode section = object.objectNode();
                object.set(name, section);
                fill(section, component.getGenericType(), yaml);
            } else if (!absent) {
                fill(value, component.getGenericType(), yaml);
            }
        }
    }

    private static JsonNode emptyValue(Class<?> raw, ObjectNode factory) {
        if (raw == String.class) {
            return TextNode.valueOf("");
        }
        if (raw != null && Collection.class.isAssignableFrom(raw)) {
            return factory.arrayNode();
        }
        if (raw != null && java.util.Map.class.isAssignableFrom(raw)) {
            return factory.objectNode();
        }
        return null;
    }

    private static JsonNode defaultNode(String yamlScalar, ObjectMapper yaml) {
        try {
            JsonNode parsed = yaml.readTree(yamlScalar);
            return parsed == null || parsed.isMissingNode() ? TextNode.valueOf(yamlScalar) : parsed;
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(yamlScalar);
        }
    }

    /** A nested group of keys (a record of the config), as opposed to a value type like {@link TimeValue}. */
    static boolean isSection(Class<?> raw) {
        return raw != null && raw.isRecord() && raw != TimeValue.class && raw != SizeValue.class;
    }

    static String yamlName(RecordComponent component) {
        JsonProperty property = component.getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    static Type elementType(Type type) {
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return args[args.length - 1];
        }
        return Object.class;
    }
}
