package dev.carve.proxy.route;

import dev.carve.proxy.config.RouteConfig;
import dev.carve.proxy.match.PathPattern;
import dev.carve.proxy.metrics.RouteMetrics;
import dev.carve.proxy.shadow.DiffStats;
import dev.carve.proxy.shadow.NoiseModel;
import dev.carve.proxy.shadow.ResponseComparator;
import dev.carve.proxy.stage.GateWindow;
import dev.carve.proxy.stage.RouteState;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One route while the proxy runs. Its identity (the name) outlives config reloads: metrics, state, the gate
 * window, shadow results and learned noise stay; the matching rules and settings are replaced by each reload.
 */
public final class RouteRuntime {
    /** The name of the pseudo-route of requests no route matches. */
    public static final String DEFAULT = "_default";

    private final String name;
    private final RouteMetrics metrics;
    private final DiffStats diffs;
    private final NoiseModel noise = new NoiseModel();
    private final AtomicInteger learned = new AtomicInteger();
    final AtomicReference<RouteState> state;
    private volatile Rules rules;
    private volatile GateWindow window;
    /** When the data plane last checked the gates after an error (nanos), to check at most every few ms. */
    final java.util.concurrent.atomic.AtomicLong lastErrorCheck = new java.util.concurrent.atomic.AtomicLong();

    RouteRuntime(String name, RouteState initial, int samplesKept) {
        this.name = name;
        this.metrics = new RouteMetrics(name);
        this.diffs = new DiffStats(samplesKept);
        this.state = new AtomicReference<>(initial);
    }

    public String name() {
        return name;
    }

    public boolean isDefault() {
        return rules == null || rules.config == null;
    }

    /** The route's config; null for the default pseudo-route. */
    public RouteConfig config() {
        return rules == null ? null : rules.config;
    }

    public RouteState state() {
        return state.get();
    }

    public RouteMetrics metrics() {
        return metrics;
    }

    public DiffStats diffs() {
        return diffs;
    }

    public NoiseModel noise() {
        return noise;
    }

    public GateWindow window() {
        return window;
    }

    /** The comparator for shadow results under the current config. */
    public ResponseComparator comparator() {
        return rules.comparator;
    }

    /** Name of the legacy backend of this route. */
    public String legacyBackend() {
        return rules.legacy;
    }

    /** Name of the target backend; null for the default pseudo-route. */
    public String targetBackend() {
        return rules.config == null ? null : rules.config.target();
    }

    /** Whether a safe exchange should also be replayed to legacy to learn noise (the first N, then 1%). */
    public boolean takeLearningTurn() {
        RouteConfig c = rules.config;
        if (c == null || !c.shadow().learnNoise()) {
            return false;
        }
        return learned.getAndIncrement() < c.shadow().learnRequests()
                || ThreadLocalRandom.current().nextInt(100) == 0;
    }

    void apply(RouteConfig config, String defaultLegacy, int samplesKept) {
        Rules r =
                new Rules(config, config == null || config.legacy().isEmpty() ? defaultLegacy : config.legacy(), noise);
        long windowNanos =
                config == null ? 30_000_000_000L : config.gates().window().nanos();
        if (window == null || rules == null || rules.windowNanos != windowNanos) {
            window = new GateWindow(windowNanos);
        }
        r.windowNanos = windowNanos;
        diffs.keep(samplesKept);
        rules = r;
    }

    boolean matches(HttpMethod method, String uri, HttpHeaders headers) {
        Rules r = rules;
        if (r.methods != null && !r.methods.contains(method.name())) {
            return false;
        }
        boolean path = false;
        for (PathPattern p : r.patterns) {
            if (p.matches(uri)) {
                path = true;
                break;
            }
        }
        if (!path) {
            return false;
        }
        for (int i = 0; i < r.headerNames.length; i++) {
            String v = headers.get(r.headerNames[i]);
            if (v == null || (!r.headerValues[i].equals("*") && !r.headerValues[i].equals(v))) {
                return false;
            }
        }
        return true;
    }

    /** The parts of a route that each reload replaces, compiled for matching. */
    private static final class Rules {
        final RouteConfig config;
        final String legacy;
        final List<PathPattern> patterns = new ArrayList<>();
        final Set<String> methods;
        final String[] headerNames;
        final String[] headerValues;
        final ResponseComparator comparator;
        long windowNanos;

        Rules(RouteConfig config, String legacy, NoiseModel noise) {
            this.config = config;
            this.legacy = legacy;
            if (config == null) {
                methods = null;
                headerNames = new String[0];
                headerValues = new String[0];
                comparator = null;
                return;
            }
            if (!config.path().isEmpty()) {
                patterns.add(PathPattern.compile(config.path()));
            }
            for (String p : config.paths()) {
                patterns.add(PathPattern.compile(p));
            }
            Set<String> m = new HashSet<>();
            config.methods().forEach(x -> m.add(x.toUpperCase(Locale.ROOT)));
            methods = m.isEmpty() ? null : m;
            headerNames = new String[config.headers().size()];
            headerValues = new String[config.headers().size()];
            int i = 0;
            for (Map.Entry<String, String> e : config.headers().entrySet()) {
                headerNames[i] = e.getKey();
                headerValues[i++] = e.getValue() == null ? "*" : e.getValue();
            }
            comparator = new ResponseComparator(config.shadow(), noise);
        }
    }
}
