package dev.carve.proxy.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carve.proxy.Stage;
import java.nio.file.Path;

/**
 * Builds a {@link ProxyConfig} in code, for {@code carve demo} and {@code carve plan}. It writes the same tree a
 * YAML file would hold and loads it through the same defaults and validation, so a built config behaves exactly
 * like the equivalent file. Any key can be set by its dotted path with {@link #set}.
 *
 * <pre>{@code
 * ProxyConfig config = ProxyConfigs.builder()
 *         .listenPort(0).adminPort(0)
 *         .backend("legacy", "http://127.0.0.1:8080")
 *         .backend("orders", "http://127.0.0.1:9090")
 *         .route("orders", "/api/orders/**", "orders")
 *         .set("routes[0].gates.maxErrorRate", 0.02)
 *         .build();
 * }</pre>
 */
public final class ProxyConfigBuilder {
    private final ObjectNode root = ProxyConfigs.YAML.createObjectNode();
    private Path baseDir = Path.of("").toAbsolutePath();

    ProxyConfigBuilder() {}

    public ProxyConfigBuilder listenPort(int port) {
        return set("listen.port", port);
    }

    public ProxyConfigBuilder adminPort(int port) {
        return set("admin.port", port);
    }

    /** Adds a backend; the first one named {@code legacy} (or set with {@code set("legacy", ...)}) is the default. */
    public ProxyConfigBuilder backend(String name, String url) {
        ObjectNode b = array("backends").addObject();
        b.put("name", name);
        b.put("url", url);
        return this;
    }

    /** Adds a route in stage legacy; tune it further with {@code set("routes[i]....", value)}. */
    public ProxyConfigBuilder route(String name, String pathPattern, String target) {
        return route(name, pathPattern, target, Stage.LEGACY);
    }

    public ProxyConfigBuilder route(String name, String pathPattern, String target, Stage stage) {
        ObjectNode r = array("routes").addObject();
        r.put("name", name);
        r.put("path", pathPattern);
        r.put("target", target);
        r.put("stage", stage.id());
        return this;
    }

    /** Where relative files (state, token, TLS, access log) resolve; the working directory by default. */
    public ProxyConfigBuilder baseDir(Path dir) {
        this.baseDir = dir.toAbsolutePath().normalize();
        return this;
    }

    /**
     * Sets any key by its dotted path ({@code timeouts.connect}, {@code routes[0].canary.percent}); values are
     * what YAML would hold: text ("2s"), numbers, booleans, or lists.
     */
    public ProxyConfigBuilder set(String dottedKey, Object value) {
        ObjectNode parent = root;
        String[] parts = dottedKey.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            parent = child(parent, parts[i]);
        }
        String last = parts[parts.length - 1];
        JsonNode node = ProxyConfigs.YAML.valueToTree(value);
        int bracket = last.indexOf('[');
        if (bracket > 0) {
            ArrayNode array = parent.withArray(last.substring(0, bracket));
            int index = Integer.parseInt(last.substring(bracket + 1, last.length() - 1));
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, node);
        } else {
            parent.set(last, node);
        }
        return this;
    }

    /** Validates and returns the config; problems are reported as they would be for a file. */
    public ProxyConfig build() {
        return ProxyConfigs.parse(ProxyConfigs.toYamlTree(root), "proxy config (built in code)", "", baseDir);
    }

    private ArrayNode array(String name) {
        return root.withArray(name);
    }

    private static ObjectNode child(ObjectNode parent, String part) {
        int bracket = part.indexOf('[');
        if (bracket < 0) {
            return parent.withObjectProperty(part);
        }
        ArrayNode array = parent.withArray(part.substring(0, bracket));
        int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
        while (array.size() <= index) {
            array.addObject();
        }
        return (ObjectNode) array.get(index);
    }
}
