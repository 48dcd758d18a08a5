package dev.carve.extractor.cdc;

import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.function.Supplier;

/**
 * The Prometheus metrics of a running sync ({@code carve_sync_events_total}, {@code carve_sync_errors_total},
 * {@code carve_sync_lag_milliseconds}, {@code carve_sync_lag_bytes}), served on {@code /metrics} when a port is set.
 */
final class SyncMetrics implements AutoCloseable {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private HttpServer server;

    SyncMetrics(String sync, Supplier<SyncStatus> status) {
        CounterWithCallback.builder()
                .name("carve_sync_events_total")
                .help("Changes applied to the target")
                .labelNames("sync")
                .callback(cb -> cb.call(status.get().events(), sync))
                .register(registry);
        CounterWithCallback.builder()
                .name("carve_sync_errors_total")
                .help("Errors that stopped or interrupted the sync")
                .labelNames("sync")
                .callback(cb -> cb.call(status.get().errors(), sync))
                .register(registry);
        GaugeWithCallback.builder()
                .name("carve_sync_lag_milliseconds")
                .help("Time from the source commit to the target commit of the last applied change")
                .labelNames("sync")
                .callback(cb -> cb.call(status.get().lagMillis(), sync))
                .register(registry);
        GaugeWithCallback.builder()
                .name("carve_sync_lag_bytes")
                .help("Source WAL written after the last applied change")
                .labelNames("sync")
                .callback(cb -> cb.call(status.get().lagBytes(), sync))
                .register(registry);
    }

    /** The metrics in Prometheus text format. */
    String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape(), EscapingScheme.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Serves {@code /metrics} on loopback-or-any {@code port}; returns the bound port. */
    int serve(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (IOException e) {
            throw SyncException.refused(
                    "metricsPort " + port + " cannot be bound: " + e.getMessage()
                            + ". Choose a free port or set metricsPort: 0.",
                    e);
        }
        server.createContext("/metrics", exchange -> {
            byte[] body = scrape().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", PrometheusTextFormatWriter.CONTENT_TYPE);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
