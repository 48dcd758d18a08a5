package dev.carve.analyzer.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;

/** Fills absent keys with the defaults declared by {@link ConfigKey}, recursively through nested records. */
final class ConfigDefaults {
    private ConfigDefaults() {}

    static JsonNode apply(JsonNode tree, Class<?> type, String origin) {
        JsonNode copy = tree.deepCopy();
        fill(copy, type);
        return copy;
    }

    private static void fill(JsonNode node, Type type) {
        Class<?> raw = rawClass(type);
        if (raw == null) {
            return;
        }
        if (node instanceof ArrayNode array && Collection.class.isAssignableFrom(raw)) {
            Type element = elementType(type);
            for (JsonNode item : array) {
                fill(item, element);
            }
            return;
        }
        if (!(node instanceof ObjectNode object) || !raw.isRecord()) {
            return;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            String name = yamlName(component);
            ConfigKey key = component.getAnnotation(ConfigKey.class);
            JsonNode value = object.get(name);
            if ((value == null || value.isNull())
                    && key != null
                    && !key.defaultValue().isEmpty()) {
                object.set(name, defaultNode(key.defaultValue()));
            } else if ((value == null || value.isNull())
                    && rawClass(component.getGenericType()) != null
                    && rawClass(component.getGenericType()).isRecord()) {
                // an absent nested section still gets its own defaults
                ObjectNode section = object.objectNode();
                object.set(name, section);
                fill(section, component.getGenericType());
            } else if (value != null) {
                fill(value, component.getGenericType());
            }
        }
    }

    private static JsonNode defaultNode(String yamlScalar) {
        try {
            JsonNode parsed = ConfigLoader.yamlMapper().readTree(yamlScalar);
            return parsed == null ? TextNode.valueOf(yamlScalar) : parsed;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return TextNode.valueOf(yamlScalar);
        }
    }

    static String yamlName(RecordComponent component) {
        JsonProperty property = component.getAnnotation(JsonProperty.class);
        if (property == null && component.getAccessor() != null) {
            property = component.getAccessor().getAnnotation(JsonProperty.class);
        }
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
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return Object.class;
    }
}
