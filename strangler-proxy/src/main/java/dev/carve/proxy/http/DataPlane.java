package dev.carve.proxy.http;

import dev.carve.proxy.config.ProxyConfig;
import dev.carve.proxy.metrics.ProxyMetrics;
import dev.carve.proxy.route.Routing;
import io.netty.channel.EventLoop;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What every connection handler shares: settings, routing, backends, metrics, the mirror and the access log. */
final class DataPlane {
    private final Routing routing;
    private final ProxyMetrics metrics;
    private final Backends backends;
    private final Mirror mirror;
    private final AccessLog accessLog;
    private final boolean tls;
    private final Set<FrontendHandler> connections = ConcurrentHashMap.newKeySet();
    private volatile Settings settings;
    private volatile boolean draining;

    DataPlane(
            ProxyConfig config,
            Routing routing,
            ProxyMetrics metrics,
            List<EventLoop> loops,
            EventLoop mirrorLoop,
            AccessLog accessLog) {
        this.routing = routing;
        this.metrics = metrics;
        this.settings = Settings.of(config);
        this.tls = config.tls().enabled();
        this.accessLog = accessLog;
        this.backends = new Backends(this, loops, mirrorLoop);
        this.mirror = new Mirror(this, mirrorLoop);
        apply(config);
    }

    /** Applies a reloaded config (settings and backends; routing applies its own part). */
    void apply(ProxyConfig config) {
        settings = Settings.of(config);
        backends.apply(config);
        mirror.apply(config);
    }

    Settings settings() {
        return settings;
    }

    Routing routing() {
        return routing;
    }

    ProxyMetrics metrics() {
        return metrics;
    }

    Backends backends() {
        return backends;
    }

    Mirror mirror() {
        return mirror;
    }

    AccessLog accessLog() {
        return accessLog;
    }

    boolean tls() {
        return tls;
    }

    boolean draining() {
        return draining;
    }

    void startDraining() {
        draining = true;
        for (FrontendHandler c : connections) {
            c.drain();
        }
    }

    Set<FrontendHandler> connections() {
        return connections;
    }
}
