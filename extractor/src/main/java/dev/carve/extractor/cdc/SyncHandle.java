package dev.carve.extractor.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A running sync, returned by {@link SyncService#start}. {@link #status()} reads its live counters; {@link #close()}
 * stops the engines (committing what was applied), the metrics endpoint and any embedded databases. The slot stays,
 * so a later start resumes where this one stopped.
 */
public final class SyncHandle implements AutoCloseable {
    private final SyncConfig config;
    private final Endpoint source;
    private final List<SyncEngine> engines;
    private final SyncStats stats;
    private final List<String> warnings;
    private final SyncMetrics metrics;
    private final EmbeddedDatabases embedded;
    private final int metricsPort;
    private volatile boolean closed;

    SyncHandle(
            SyncConfig config,
            Endpoint source,
            List<SyncEngine> engines,
            SyncStats stats,
            List<String> warnings,
            EmbeddedDatabases embedded) {
        this.config = config;
        this.source = source;
        this.engines = List.copyOf(engines);
        this.stats = stats;
        this.warnings = List.copyOf(warnings);
        this.embedded = embedded;
        this.metrics = new SyncMetrics(config.name(), this::status);
        this.metricsPort = config.metricsPort() > 0 ? metrics.serve(config.metricsPort()) : 0;
    }

    /** The config with embedded databases resolved to their JDBC URLs. */
    public SyncConfig config() {
        return config;
    }

    /** Warnings found on start (e.g. stale replication slots). */
    public List<String> warnings() {
        return warnings;
    }

    /** The port serving {@code /metrics}, or 0. */
    public int metricsPort() {
        return metricsPort;
    }

    /** The current metrics in Prometheus text format. */
    public String metricsText() {
        return metrics.scrape();
    }

    public SyncStatus status() {
        SyncStatus.State state = SyncStatus.State.RUNNING;
        String error = stats.lastError();
        for (SyncEngine e : engines) {
            if (e.failure() != null) {
                state = SyncStatus.State.FAILED;
                if (error == null) {
                    error = SyncEngine.rootMessage(e.failure());
                }
            } else if (!e.running() && state == SyncStatus.State.RUNNING) {
                state = SyncStatus.State.STOPPED;
            }
        }
        if (closed && state == SyncStatus.State.RUNNING) {
            state = SyncStatus.State.STOPPED;
        }
        return new SyncStatus(
                config.name(),
                state,
                stats.events(),
                stats.errors(),
                stats.lastLagMs(),
                stats.lagPercentile(99),
                lagBytes(),
                stats.suppressed(),
                error,
                warnings);
    }

    /**
     * Blocks until an engine of this sync stops by itself (a failure, or a schema change it does not apply) or the
     * handle is closed, at most {@code timeout}. Returns the status then; its state is still {@code RUNNING} if the
     * time ran out. For callers that run a sync until it ends (the CLI, {@link SyncMain}) instead of polling.
     */
    public SyncStatus awaitStop(Duration timeout) throws InterruptedException {
        CompletableFuture<?>[] stops = engines.stream().map(SyncEngine::stopped).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.anyOf(stops).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // still running: the status says so
        } catch (ExecutionException e) {
            // never completed exceptionally; the failure is in the status
        }
        return status();
    }

    /** Forgets the lag samples so far, so a percentile covers only what comes next. */
    public void resetLagWindow() {
        stats.resetLag();
    }

    private long lagBytes() {
        if (closed) {
            return 0;
        }
        long applied = stats.lastLsn();
        try (Connection c = source.open();
                PreparedStatement s = c.prepareStatement(Sql.get("current_lsn"));
                ResultSet rs = s.executeQuery()) {
            return rs.next() && applied > 0 ? Math.max(0, rs.getLong(1) - applied) : 0;
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Stops the engines (always, even after a failure), the metrics endpoint and embedded databases. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<RuntimeException> failures = new ArrayList<>();
        for (SyncEngine e : engines) {
            try {
                e.close();
            } catch (RuntimeException ex) {
                failures.add(ex);
            }
        }
        metrics.close();
        if (embedded != null) {
            embedded.close();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
