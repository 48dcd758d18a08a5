package dev.carve.analyzer.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.carve.analyzer.CarveException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a YAML (or JSON) file into a record type whose components carry {@link ConfigKey}. Defaults declared there
 * fill absent keys; unknown keys, missing required keys, wrong types and invalid values are reported as bad input
 * with the file, line and dotted key path, and what to do.
 */
public final class ConfigLoader {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private ConfigLoader() {}

    /** Loads {@code file} as {@code type}; every failure is a {@link CarveException} of kind BAD_INPUT. */
    public static <T> T load(Path file, Class<T> type) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw CarveException.badInput(file + ": no such file. Check the path, or create it (see docs/formats).");
        } catch (IOException e) {
            throw CarveException.badInput(file + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(text, file.toString(), type);
    }

    /**
     * Loads the section of {@code file} under the dotted key {@code section} (empty for the whole file) as
     * {@code type}, so a file such as a migration plan can carry a config that loads unchanged. Messages name keys
     * and lines of the whole file.
     */
    public static <T> T load(Path file, String section, Class<T> type) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw CarveException.badInput(file + ": no such file. Check the path, or create it (see docs/formats).");
        } catch (IOException e) {
            throw CarveException.badInput(file + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(text, file.toString(), section, type);
    }

    /** Parses YAML text; {@code origin} names it in messages (a path, or a description). */
    public static <T> T parse(String text, String origin, Class<T> type) {
        return parse(text, origin, "", type);
    }

    /** Parses the section under the dotted key {@code section} of YAML text (empty for all of it). */
    public static <T> T parse(String text, String origin, String section, Class<T> type) {
        String prefix = section.isEmpty() ? "" : section + ".";
        try {
            JsonNode tree = YAML.readTree(text);
            if (!section.isEmpty() && tree != null) {
                tree = tree.at("/" + section.replace('.', '/'));
                if (tree.isMissingNode() || tree.isNull()) {
                    throw CarveException.badInput(origin + ": no section '" + section + "'. Expected it to hold the"
                            + " keys " + knownKeys(type) + ".");
                }
            }
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw CarveException.badInput(origin + ": the file is empty. Expected keys: " + knownKeys(type) + ".");
            }
            JsonNode withDefaults = ConfigDefaults.apply(tree, type, origin);
            RequiredKeys.check(tree, type, origin, text, prefix);
            return YAML.treeToValue(withDefaults, type);
        } catch (JsonProcessingException e) {
            throw translate(e, origin, prefix, type, text);
        }
    }

    /** The mapper configured the way configuration files are read, for writers that want the same conventions. */
    public static ObjectMapper yamlMapper() {
        return YAML.copy();
    }

    private static CarveException translate(
            JsonProcessingException e, String origin, String prefix, Class<?> type, String text) {
        String where = origin + locate(e, text, prefix);
        if (e instanceof JsonParseException) {
            return CarveException.badInput(where + ": not valid YAML: " + e.getOriginalMessage()
                    + ". Fix the syntax at that line (indentation, quotes, colons).");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String key = prefix + path(u);
            Collection<Object> known = u.getKnownPropertyIds();
            String knownText = known == null
                    ? ""
                    : " Known keys here: "
                            + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ".";
            return CarveException.badInput(
                    where + ": unknown key '" + key + "'." + knownText + " Check the spelling (see docs/formats).");
        }
        if (e instanceof InvalidFormatException f) {
            String expected = f.getTargetType() == null ? "another value" : describeType(f.getTargetType());
            return CarveException.badInput(
                    where + ": key '" + prefix + path(f) + "' expects " + expected + ", got '" + f.getValue() + "'.");
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() == null ? v : v.getCause();
            return CarveException.badInput(
                    where + ": " + (path(v).isEmpty() ? "" : "key '" + prefix + path(v) + "': ") + cause.getMessage());
        }
        if (e instanceof MismatchedInputException m) {
            String expected = m.getTargetType() == null ? "another kind of value" : describeType(m.getTargetType());
            return CarveException.badInput(where + ": key '" + prefix + path(m) + "' expects " + expected + ".");
        }
        if (e instanceof JsonMappingException m) {
            return CarveException.badInput(where + ": key '" + prefix + path(m) + "': " + m.getOriginalMessage());
        }
        return CarveException.badInput(where + ": " + e.getOriginalMessage(), e);
    }

    private static String locate(JsonProcessingException e, String text, String prefix) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            // bound from a tree, so the exception has no location: find the key's line in the text
            int line = YamlLines.of(text).lineOf(prefix + path(m));
            return line > 0 ? ":" + line : "";
        }
        JsonLocation loc = e.getLocation();
        if (loc == null || loc.getLineNr() <= 0) {
            return "";
        }
        return ":" + loc.getLineNr();
    }

    static String path(JsonMappingException e) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                parts.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0 && !parts.isEmpty()) {
                int last = parts.size() - 1;
                parts.set(last, parts.get(last) + "[" + ref.getIndex() + "]");
            }
        }
        return String.join(".", parts);
    }

    private static String describeType(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object c : constants) {
                names.add(((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT));
            }
            return "one of " + String.join(", ", names);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a text value";
        }
        return "a " + type.getSimpleName() + " section";
    }

    static String knownKeys(Class<?> type) {
        if (!type.isRecord()) {
            return "(see docs/formats)";
        }
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            names.add(ConfigDefaults.yamlName(c));
        }
        return String.join(", ", names);
    }
}
