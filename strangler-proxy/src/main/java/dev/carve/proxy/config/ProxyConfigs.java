package dev.carve.proxy.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.carve.proxy.ProxyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads, validates and writes {@code carve-proxy.yaml}. Absent keys take their declared defaults; unknown keys,
 * missing required keys, wrong types and invalid values are all reported together as bad input, each with the
 * file, line and dotted key, and what to do.
 */
public final class ProxyConfigs {
    static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private ProxyConfigs() {}

    /** Loads a config file; relative file names inside it resolve against the file's directory. */
    public static ProxyConfig load(Path file) {
        return load(file, "");
    }

    /**
     * Loads the section under {@code section} (a dotted key such as {@code proxy}; empty for the whole file), so a
     * migration plan can carry a proxy config that loads unchanged. Errors name lines of the whole file.
     */
    public static ProxyConfig load(Path file, String section) {
        return parse(read(file), file.toString(), section, baseDirOf(file));
    }

    /** Parses YAML text; {@code origin} names it in messages, relative files resolve against {@code baseDir}. */
    public static ProxyConfig parse(String yaml, String origin, Path baseDir) {
        return parse(yaml, origin, "", baseDir);
    }

    /** A builder for configs made in code (demos, migration plans); the result is validated like a file. */
    public static ProxyConfigBuilder builder() {
        return new ProxyConfigBuilder();
    }

    /** The config as YAML that {@link #parse} reads back to an equal config. */
    public static String toYaml(ProxyConfig config) {
        try {
            return YAML.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw ProxyException.internal("cannot write the proxy config as YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes {@link #toYaml} to a file, creating its directory. */
    public static void write(ProxyConfig config, Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(file, toYaml(config));
        } catch (IOException e) {
            throw ProxyException.badInput(file + ": cannot be written: " + e.getMessage(), e);
        }
    }

    /** The directory relative paths in a config file resolve against. */
    public static Path baseDirOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    static String toYamlTree(JsonNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw ProxyException.internal("cannot write a proxy config tree: " + e.getOriginalMessage(), e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw ProxyException.badInput(
                    file + ": no such file. Check the path, or write one (see docs/formats/carve-proxy.md).");
        } catch (IOException e) {
            throw ProxyException.badInput(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static ProxyConfig parse(String text, String origin, String section, Path baseDir) {
        YamlLines lines = YamlLines.of(text);
        String prefix = section.isEmpty() ? "" : section + ".";
        try {
            JsonNode tree = YAML.readTree(text);
            if (!section.isEmpty()) {
                tree = tree == null ? null : tree.at("/" + section.replace('.', '/'));
            }
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw ProxyException.badInput(
                        origin + ": " + (section.isEmpty() ? "the file is empty" : "no section '" + section + "'")
                                + ". A proxy config needs at least 'backends' (see docs/formats/carve-proxy.md).");
            }
            if (!tree.isObject()) {
                throw ProxyException.badInput(origin + ": expected keys (backends, routes, ...), found "
                        + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ".");
            }
            List<String> missing = new ArrayList<>();
            ConfigSchema.missingRequired(tree, ProxyConfig.class, "", missing);
            if (!missing.isEmpty()) {
                throw ProxyException.badInput(report(
                        origin,
                        lines,
                        prefix,
                        missing.stream()
                                .collect(Collectors.toMap(
                                        k -> k,
                                        k -> "is required (see docs/formats/carve-proxy.md).",
                                        (a, b) -> a,
                                        java.util.LinkedHashMap::new))));
            }
            ProxyConfig config =
                    YAML.treeToValue(ConfigSchema.withDefaults(tree, ProxyConfig.class, YAML), ProxyConfig.class);
            Map<String, String> problems = ConfigValidator.check(config, baseDir);
            if (!problems.isEmpty()) {
                throw ProxyException.badInput(report(origin, lines, prefix, problems));
            }
            return config;
        } catch (JsonProcessingException e) {
            throw translate(e, origin, lines, prefix);
        }
    }

    private static String report(String origin, YamlLines lines, String prefix, Map<String, String> problems) {
        List<String> out = new ArrayList<>();
        problems.forEach(
                (key, message) -> out.add(where(origin, lines, prefix + key) + ": " + prefix + key + ": " + message));
        if (out.size() == 1) {
            return out.get(0);
        }
        return origin + " has " + out.size() + " problems:\n  " + String.join("\n  ", out);
    }

    private static String where(String origin, YamlLines lines, String key) {
        int line = lines.lineOf(key);
        return line > 0 ? origin + ":" + line : origin;
    }

    private static ProxyException translate(JsonProcessingException e, String origin, YamlLines lines, String prefix) {
        if (e instanceof JsonParseException) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return ProxyException.badInput(origin + (line > 0 ? ":" + line : "") + ": not valid YAML: "
                    + e.getOriginalMessage() + ". Fix the syntax at that line (indentation, quotes, colons).");
        }
        String key = e instanceof JsonMappingException m ? prefix + path(m) : prefix;
        String where = where(origin, lines, key) + ": " + key;
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null
                    ? ""
                    : " Known keys here: "
                            + u.getKnownPropertyIds().stream()
                                    .map(String::valueOf)
                                    .sorted()
                                    .collect(Collectors.joining(", "))
                            + ".";
            return ProxyException.badInput(
                    where + ": unknown key." + known + " Check the spelling (see docs/formats/carve-proxy.md).");
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() == null ? v : v.getCause();
            return ProxyException.badInput(where + ": " + cause.getMessage());
        }
        if (e instanceof InvalidFormatException f) {
            return ProxyException.badInput(
                    where + ": expects " + describe(f.getTargetType()) + ", got '" + f.getValue() + "'.");
        }
        if (e instanceof MismatchedInputException m) {
            return ProxyException.badInput(where + ": expects " + describe(m.getTargetType()) + ".");
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException) {
            return ProxyException.badInput(where + ": " + cause.getMessage());
        }
        return ProxyException.badInput(where + ": " + e.getOriginalMessage(), e);
    }

    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
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
        if (type == TimeValue.class) {
            return "a duration like 250ms, 2s or 5m";
        }
        if (type == SizeValue.class) {
            return "a size like 16KiB or 100MiB";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "a map of names to values";
        }
        if (type == String.class) {
            return "a text value";
        }
        return "a section of keys";
    }
}
