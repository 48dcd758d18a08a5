package dev.carve.proxy;

import dev.carve.proxy.admin.AdminApi;
import dev.carve.proxy.admin.AdminServer;
import dev.carve.proxy.admin.ProxyControl;
import dev.carve.proxy.config.ProxyConfig;
import dev.carve.proxy.config.ProxyConfigs;
import dev.carve.proxy.http.ProxyServer;
import dev.carve.proxy.metrics.PrometheusText;
import dev.carve.proxy.metrics.ProxyMetrics;
import dev.carve.proxy.route.RouteRuntime;
import dev.carve.proxy.route.Routing;
import dev.carve.proxy.stage.StateFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running strangler proxy: the data plane, the admin API, the gate and schedule ticks, and (when started from a
 * file) hot reload. This is the whole programmatic API besides {@link AdminClient}:
 *
 * <pre>{@code
 * try (CarveProxy proxy = CarveProxy.start(Path.of("carve-proxy.yaml"))) {
 *     proxy.admin().promote("orders", Stage.CANARY, 10.0);
 *     ... traffic to http://localhost:proxy.port() ...
 * } // close() drains in-flight requests, then stops
 * }</pre>
 */
public final class CarveProxy implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CarveProxy.class);

    private final Path configFile;
    private final Path baseDir;
    private final ProxyMetrics metrics = new ProxyMetrics();
    private final ScheduledExecutorService control;
    private final Routing routing;
    private final ProxyServer server;
    private final AdminServer admin;
    private final String token;
    private final String adminHost;
    private final long started = System.currentTimeMillis();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final ConfigReloader reloader;
    private volatile ProxyConfig config;
    private volatile boolean draining;
    private boolean closing;

    private CarveProxy(ProxyConfig config, Path configFile, Path baseDir) {
        this.config = config;
        this.configFile = configFile;
        this.baseDir = baseDir;
        this.control = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "carve-proxy-control");
            t.setDaemon(true);
            return t;
        });
        StateFile state = new StateFile(
                config.state().file().isBlank()
                        ? null
                        : baseDir.resolve(config.state().file()));
        ProxyServer started = null;
        AdminServer adminServer = null;
        try {
            this.routing = new Routing(state, control);
            routing.apply(config);
            this.token = AdminToken.resolve(config.admin(), baseDir);
            started = ProxyServer.start(config, baseDir, routing, metrics);
            this.adminHost = config.admin().host();
            adminServer =
                    new AdminServer(adminHost, config.admin().port(), new AdminApi(routing, new Control(), token));
        } catch (RuntimeException e) {
            if (started != null) {
                started.close();
            }
            control.shutdownNow();
            throw e;
        }
        this.server = started;
        this.admin = adminServer;
        this.reloader = configFile == null ? null : new ConfigReloader(configFile, this::apply, metrics);
        control.scheduleWithFixedDelay(this::tick, 250, 250, TimeUnit.MILLISECONDS);
        long every = config.reloadInterval().millis();
        if (reloader != null && every > 0) {
            control.scheduleWithFixedDelay(reloader::check, every, every, TimeUnit.MILLISECONDS);
        }
        LOG.info(
                "carve proxy listening on {}:{} ({}), admin API on {}:{}",
                config.listen().host(),
                server.port(),
                server.transport(),
                adminHost,
                admin.port());
    }

    /** Starts a proxy from a config file, reloading it when it changes (every {@code reloadInterval}). */
    public static CarveProxy start(Path configFile) {
        return start(configFile, "");
    }

    /** Starts from the section {@code section} of a file (e.g. {@code proxy} of a migration plan). */
    public static CarveProxy start(Path configFile, String section) {
        ProxyConfig config = ProxyConfigs.load(configFile, section);
        return new CarveProxy(config, section.isEmpty() ? configFile : null, ProxyConfigs.baseDirOf(configFile));
    }

    /** Starts a proxy from a config made in code; relative files (state, token) resolve against {@code baseDir}. */
    public static CarveProxy start(ProxyConfig config, Path baseDir) {
        return new CarveProxy(config, null, baseDir.toAbsolutePath().normalize());
    }

    /** The port clients connect to (useful with {@code listen.port: 0}). */
    public int port() {
        return server.port();
    }

    public int adminPort() {
        return admin.port();
    }

    /** The admin API's base URL, e.g. {@code http://127.0.0.1:8081}. */
    public String adminUrl() {
        String host = adminHost.equals("0.0.0.0") || adminHost.equals("::") ? "127.0.0.1" : adminHost;
        return "http://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + admin.port();
    }

    public String adminToken() {
        return token;
    }

    /**
     * Where a client finds the admin token: the token file's absolute path, or empty when the token is not in a file
     * (set as {@code admin.token} in the config, or kept in memory when {@code admin.tokenFile} is empty).
     */
    public Optional<Path> adminTokenFile() {
        var a = config.admin();
        return a.token().isBlank() && !a.tokenFile().isBlank()
                ? Optional.of(baseDir.resolve(a.tokenFile()).normalize())
                : Optional.empty();
    }

    /** A client of this proxy's admin API. */
    public AdminClient admin() {
        return new AdminClient(adminUrl(), token);
    }

    public ProxyConfig config() {
        return config;
    }

    /** Replaces the config of a running proxy (routes, backends, gates, timeouts; not ports or TLS). */
    public void reload(ProxyConfig next) {
        apply(next);
    }

    /** Blocks until the proxy is closed (the CLI's foreground mode). */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Drains in-flight requests (up to {@code timeouts.drain}), then stops everything. Safe to call twice. */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        try {
            draining = true;
            server.drain(config.timeouts().drain().millis());
            admin.close();
            server.close();
            control.shutdown();
            control.awaitTermination(5, TimeUnit.SECONDS);
            routing.saveNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
        }
    }

    private void apply(ProxyConfig next) {
        List<String> restart = new ArrayList<>();
        if (!next.listen().equals(config.listen())) {
            restart.add("listen");
        }
        if (!next.tls().equals(config.tls())) {
            restart.add("tls");
        }
        if (!next.admin().equals(config.admin())) {
            restart.add("admin");
        }
        if (next.threads() != config.threads()) {
            restart.add("threads");
        }
        server.apply(next); // backends first, so new routes find theirs
        routing.apply(next);
        config = next;
        if (!restart.isEmpty()) {
            LOG.warn("config reloaded; changes to {} take effect after a restart", String.join(", ", restart));
        } else {
            LOG.info("config reloaded: {} routes", next.routes().size());
        }
    }

    private void tick() {
        try {
            routing.tick();
        } catch (RuntimeException e) {
            LOG.error("gate and schedule check failed", e);
        }
    }

    private String metricsText() {
        PrometheusText out = new PrometheusText();
        out.family("carve_proxy_route_stage", "gauge", "1 for the stage each route is in.");
        out.family("carve_proxy_route_target_percent", "gauge", "Share of each route's requests sent to the target.");
        out.family("carve_proxy_shadow_comparisons_total", "counter", "Shadow comparisons by route and result.");
        out.family(
                "carve_proxy_shadow_not_compared_total",
                "counter",
                "Shadowed exchanges not compared, by route and why (target_error, skipped, dropped).");
        for (RouteRuntime r : routing.routes()) {
            r.metrics().write(out);
            var s = r.state();
            for (Stage stage : Stage.values()) {
                out.sample(
                        "carve_proxy_route_stage", stage == s.stage() ? 1 : 0, "route", r.name(), "stage", stage.id());
            }
            out.sample("carve_proxy_route_target_percent", s.targetPercent(), "route", r.name());
            var d = r.diffs().snapshot(r.noise());
            out.sample(
                    "carve_proxy_shadow_comparisons_total",
                    d.compared() - d.differed(),
                    "route",
                    r.name(),
                    "result",
                    "match");
            out.sample("carve_proxy_shadow_comparisons_total", d.differed(), "route", r.name(), "result", "diff");
            out.sample(
                    "carve_proxy_shadow_not_compared_total",
                    d.targetErrors(),
                    "route",
                    r.name(),
                    "reason",
                    "target_error");
            out.sample("carve_proxy_shadow_not_compared_total", d.skipped(), "route", r.name(), "reason", "skipped");
            out.sample("carve_proxy_shadow_not_compared_total", d.dropped(), "route", r.name(), "reason", "dropped");
        }
        routing.table().fallback().metrics().write(out);
        metrics.write(out);
        server.writeMetrics(out);
        return out.toString();
    }

    /** What the admin API asks of the running proxy. */
    private final class Control implements ProxyControl {
        @Override
        public ProxyStatus status() {
            List<RouteStatus> routes = new ArrayList<>();
            for (RouteRuntime r : routing.routes()) {
                routes.add(StatusView.of(r));
            }
            return new ProxyStatus(
                    server.transport(),
                    server.port(),
                    (System.currentTimeMillis() - started) / 1000,
                    draining,
                    configFile == null ? "" : configFile.toString(),
                    reloader == null ? "ok" : reloader.lastResult(),
                    server.openConnections(),
                    routes);
        }

        @Override
        public String metrics() {
            return metricsText();
        }

        @Override
        public String reload() {
            if (reloader == null) {
                throw ProxyException.badInput(
                        "this proxy was started from a config object, not a file: nothing to reload.");
            }
            return reloader.reloadNow();
        }

        @Override
        public boolean ready() {
            return !draining;
        }
    }
}
