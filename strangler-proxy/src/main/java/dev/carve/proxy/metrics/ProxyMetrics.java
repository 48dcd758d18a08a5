package dev.carve.proxy.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Proxy-wide counters: client connections, refused requests, backend failures, mirroring, reloads, log drops. */
public final class ProxyMetrics {
    public final AtomicInteger openConnections = new AtomicInteger();
    public final LongAdder acceptedConnections = new LongAdder();
    public final LongAdder mirrorQueued = new LongAdder();
    public final LongAdder mirrorDropped = new LongAdder();
    public final LongAdder reloadsApplied = new LongAdder();
    public final LongAdder reloadsRejected = new LongAdder();
    public final LongAdder accessLogDropped = new LongAdder();
    private final Map<String, LongAdder> refused = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> backendErrors = new ConcurrentHashMap<>();

    /** A request the proxy answered itself: {@code reason} like {@code 431}, {@code smuggling}, {@code 408}. */
    public void refused(String reason) {
        refused.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    /** A failure talking to a backend: {@code kind} is connect, timeout, reset or pool. */
    public void backendError(String backend, String kind) {
        backendErrors
                .computeIfAbsent(backend + "\u0000" + kind, k -> new LongAdder())
                .increment();
    }

    public void write(PrometheusText out) {
        out.family("carve_proxy_client_connections", "gauge", "Open client connections.");
        out.sample("carve_proxy_client_connections", openConnections.get());
        out.family("carve_proxy_client_connections_total", "counter", "Client connections accepted.");
        out.sample("carve_proxy_client_connections_total", acceptedConnections.sum());
        out.family(
                "carve_proxy_refused_total",
                "counter",
                "Requests the proxy refused itself, by reason (status code or smuggling).");
        refused.forEach((reason, n) -> out.sample("carve_proxy_refused_total", n.sum(), "reason", reason));
        out.family(
                "carve_proxy_backend_errors_total",
                "counter",
                "Failures talking to backends, by backend and kind (connect, timeout, reset, pool).");
        backendErrors.forEach((key, n) -> {
            int cut = key.indexOf('\u0000');
            out.sample(
                    "carve_proxy_backend_errors_total",
                    n.sum(),
                    "backend",
                    key.substring(0, cut),
                    "kind",
                    key.substring(cut + 1));
        });
        out.family("carve_proxy_mirror_queued_total", "counter", "Exchanges queued for shadow mirroring.");
        out.sample("carve_proxy_mirror_queued_total", mirrorQueued.sum());
        out.family("carve_proxy_mirror_dropped_total", "counter", "Exchanges not mirrored because the queue was full.");
        out.sample("carve_proxy_mirror_dropped_total", mirrorDropped.sum());
        out.family("carve_proxy_config_reloads_total", "counter", "Config reloads, applied or rejected.");
        out.sample("carve_proxy_config_reloads_total", reloadsApplied.sum(), "result", "applied");
        out.sample("carve_proxy_config_reloads_total", reloadsRejected.sum(), "result", "rejected");
        out.family("carve_proxy_access_log_dropped_total", "counter", "Access log lines dropped (writer behind).");
        out.sample("carve_proxy_access_log_dropped_total", accessLogDropped.sum());
    }
}
