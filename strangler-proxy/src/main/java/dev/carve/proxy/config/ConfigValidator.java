package dev.carve.proxy.config;

import dev.carve.proxy.match.FieldPattern;
import dev.carve.proxy.match.PathPattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what types alone cannot: names that must exist or be unique, URLs, patterns, ranges and files. Every
 * problem is collected with its dotted key, so one run reports them all.
 */
final class ConfigValidator {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    /** Problems by dotted key, in the order found. */
    private final Map<String, String> problems = new LinkedHashMap<>();

    private final Path baseDir;

    private ConfigValidator(Path baseDir) {
        this.baseDir = baseDir;
    }

    static Map<String, String> check(ProxyConfig c, Path baseDir) {
        ConfigValidator v = new ConfigValidator(baseDir);
        v.server(c);
        Set<String> backends = v.backends(c.backends());
        if (!backends.contains(c.legacy())) {
            v.problem(
                    "legacy",
                    "names backend '" + c.legacy() + "', which is not declared. Declared backends: "
                            + String.join(", ", backends) + ".");
        }
        Set<String> routeNames = new HashSet<>();
        for (int i = 0; i < c.routes().size(); i++) {
            RouteConfig r = c.routes().get(i);
            String at = "routes[" + i + "]";
            if (!routeNames.add(r.name())) {
                v.problem(at + ".name", "route name '" + r.name() + "' is used twice; names must be unique.");
            }
            v.route(r, at, backends, c.legacy());
        }
        return v.problems;
    }

    private void server(ProxyConfig c) {
        port("listen.port", c.listen().port());
        port("admin.port", c.admin().port());
        if (c.threads() < 0) {
            problem("threads", "must be 0 (one per core) or more, got " + c.threads() + ".");
        }
        if (c.tls().enabled()) {
            file("tls.certificate", c.tls().certificate());
            file("tls.privateKey", c.tls().privateKey());
        }
        atLeast("pool.maxConnections", c.pool().maxConnections(), 1);
        atLeast("mirroring.queueSize", c.mirroring().queueSize(), 1);
        atLeast("mirroring.maxInFlight", c.mirroring().maxInFlight(), 1);
        atLeast("mirroring.samples", c.mirroring().samples(), 0);
        atLeast("accessLog.bufferLines", c.accessLog().bufferLines(), 1);
        positive("timeouts.connect", c.timeouts().connect());
        positive("timeouts.backendRead", c.timeouts().backendRead());
        positive("timeouts.clientHeader", c.timeouts().clientHeader());
        positive("timeouts.clientBody", c.timeouts().clientBody());
        positive("timeouts.clientIdle", c.timeouts().clientIdle());
        positive("timeouts.tunnelIdle", c.timeouts().tunnelIdle());
        positive("pool.idleTimeout", c.pool().idleTimeout());
        positive("pool.acquireTimeout", c.pool().acquireTimeout());
        if (c.limits().maxHeaderSize().bytes() < 1024) {
            problem(
                    "limits.maxHeaderSize",
                    "must be at least 1KiB, got " + c.limits().maxHeaderSize() + ".");
        }
        if (c.limits().maxRequestLine().bytes() < 256) {
            problem(
                    "limits.maxRequestLine",
                    "must be at least 256 bytes, got " + c.limits().maxRequestLine() + ".");
        }
    }

    private Set<String> backends(List<ProxyConfig.Backend> list) {
        Set<String> names = new java.util.LinkedHashSet<>();
        if (list.isEmpty()) {
            problem(
                    "backends",
                    "declare at least the legacy backend, e.g. '- {name: legacy, url: http://127.0.0.1:8080}'.");
        }
        for (int i = 0; i < list.size(); i++) {
            ProxyConfig.Backend b = list.get(i);
            String at = "backends[" + i + "]";
            if (!NAME.matcher(b.name()).matches()) {
                problem(at + ".name", "'" + b.name() + "' is not a usable name (letters, digits, '.', '_', '-').");
            } else if (!names.add(b.name())) {
                problem(at + ".name", "backend name '" + b.name() + "' is used twice; names must be unique.");
            }
            try {
                BackendUrl.parse(b.url());
            } catch (IllegalArgumentException e) {
                problem(at + ".url", e.getMessage());
            }
        }
        return names;
    }

    private void route(RouteConfig r, String at, Set<String> backends, String defaultLegacy) {
        if (!NAME.matcher(r.name()).matches()) {
            problem(at + ".name", "'" + r.name() + "' is not a usable route name (letters, digits, '.', '_', '-').");
        }
        if (r.path().isEmpty() && r.paths().isEmpty()) {
            problem(at + ".path", "give the path pattern the route takes, e.g. '/api/orders/**'.");
        }
        if (!r.path().isEmpty()) {
            pattern(at + ".path", r.path());
        }
        for (int i = 0; i < r.paths().size(); i++) {
            pattern(at + ".paths[" + i + "]", r.paths().get(i));
        }
        for (int i = 0; i < r.methods().size(); i++) {
            if (!TOKEN.matcher(r.methods().get(i)).matches()) {
                problem(at + ".methods[" + i + "]", "'" + r.methods().get(i) + "' is not an HTTP method.");
            }
        }
        for (String header : r.headers().keySet()) {
            if (!TOKEN.matcher(header).matches()) {
                problem(at + ".headers." + header, "'" + header + "' is not a header name.");
            }
        }
        String legacy = r.legacy().isEmpty() ? defaultLegacy : r.legacy();
        if (!backends.contains(r.target())) {
            problem(
                    at + ".target",
                    "names backend '" + r.target() + "', which is not declared. Declared backends: "
                            + String.join(", ", backends) + ".");
        } else if (r.target().equals(legacy)) {
            problem(
                    at + ".target",
                    "is the route's legacy backend '" + legacy + "'; the target is the new side the route moves to.");
        }
        if (!r.legacy().isEmpty() && !backends.contains(r.legacy())) {
            problem(at + ".legacy", "names backend '" + r.legacy() + "', which is not declared.");
        }
        canary(r.canary(), at + ".canary");
        shadow(r.shadow(), at + ".shadow");
        gates(r.gates(), at + ".gates");
        progressive(r.progressive(), at + ".progressive");
    }

    private void canary(RouteConfig.Canary c, String at) {
        if (c.percent() < 0 || c.percent() > 100) {
            problem(at + ".percent", "must be between 0 and 100, got " + c.percent() + ".");
        }
        if (c.stickyBy() != RouteConfig.StickyBy.CLIENT && c.stickyName().isBlank()) {
            problem(
                    at + ".stickyName",
                    "name the " + c.stickyBy().name().toLowerCase(java.util.Locale.ROOT)
                            + " that keeps a client on one side (stickyBy is "
                            + c.stickyBy().name().toLowerCase(java.util.Locale.ROOT) + ").");
        }
    }

    private void shadow(RouteConfig.Shadow s, String at) {
        fraction(at + ".sampleRate", s.sampleRate());
        if (!TOKEN.matcher(s.markerHeader()).matches()) {
            problem(at + ".markerHeader", "'" + s.markerHeader() + "' is not a header name.");
        }
        atLeast(at + ".learnRequests", s.learnRequests(), 0);
        for (int i = 0; i < s.ignore().size(); i++) {
            try {
                FieldPattern.compile(s.ignore().get(i));
            } catch (IllegalArgumentException e) {
                problem(at + ".ignore[" + i + "]", e.getMessage() + ".");
            }
        }
    }

    private void gates(RouteConfig.Gates g, String at) {
        positive(at + ".window", g.window());
        atLeast(at + ".minRequests", g.minRequests(), 1);
        fraction(at + ".maxErrorRate", g.maxErrorRate());
        fraction(at + ".maxDiffRate", g.maxDiffRate());
    }

    private void progressive(RouteConfig.Progressive p, String at) {
        double previous = 0;
        if (p.steps().isEmpty()) {
            problem(at + ".steps", "give at least one canary percentage, e.g. [10, 50, 100].");
        }
        for (int i = 0; i < p.steps().size(); i++) {
            double step = p.steps().get(i) == null ? -1 : p.steps().get(i);
            if (step <= previous || step > 100) {
                problem(
                        at + ".steps[" + i + "]",
                        "steps must rise, each above 0 and at most 100; got " + p.steps() + ".");
                return;
            }
            previous = step;
        }
        positive(at + ".bake", p.bake());
    }

    private void pattern(String key, String pattern) {
        try {
            PathPattern.compile(pattern);
        } catch (IllegalArgumentException e) {
            problem(key, e.getMessage() + ".");
        }
    }

    private void file(String key, String file) {
        if (file.isBlank()) {
            problem(key, "is required when tls.enabled is true: give a PEM file.");
        } else if (!Files.isReadable(baseDir.resolve(file))) {
            problem(
                    key,
                    "cannot read '" + baseDir.resolve(file)
                            + "'. Give a readable PEM file (relative to the config file).");
        }
    }

    private void port(String key, int port) {
        if (port < 0 || port > 65535) {
            problem(key, "must be a port between 0 and 65535, got " + port + ".");
        }
    }

    private void atLeast(String key, int value, int min) {
        if (value < min) {
            problem(key, "must be at least " + min + ", got " + value + ".");
        }
    }

    private void positive(String key, TimeValue value) {
        if (value.isOff()) {
            problem(key, "must be longer than 0.");
        }
    }

    private void fraction(String key, double value) {
        if (value < 0 || value > 1) {
            problem(key, "is a fraction between 0 and 1, got " + value + ".");
        }
    }

    private void problem(String key, String message) {
        problems.putIfAbsent(key, message);
    }
}
