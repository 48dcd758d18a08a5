package dev.carve.extractor.cdc;

import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One Debezium embedded engine (PostgreSQL connector, pgoutput) running one {@link Direction} of a sync. */
final class SyncEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    /**
     * Heartbeats carry the stream's position even when no captured table changes. Their position is committed like a
     * batch of changes, which (1) records that the snapshot is complete right after it is, so a crash before the first
     * streamed change does not take the whole snapshot again, and (2) lets the slot's confirmed position follow WAL
     * written by other tables, so a quiet source does not keep WAL for nothing.
     */
    static final int HEARTBEAT_MS = 1_000;

    private final Direction direction;
    private final ChangeApplier applier;
    private final DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;
    private final ExecutorService executor;
    private volatile boolean running = true;
    private volatile Throwable failure;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();

    SyncEngine(Direction direction, int batchSize, SyncStats stats) {
        this.direction = direction;
        this.applier = new ChangeApplier(direction, stats);
        this.engine = DebeziumEngine.create(io.debezium.engine.format.ChangeEventFormat.of(Connect.class))
                .using(properties(direction, batchSize))
                .notifying(applier)
                .using((success, message, error) -> {
                    running = false;
                    started.countDown();
                    if (!success) {
                        failure = error != null ? error : new IllegalStateException(message);
                        stats.error(error != null && error.getMessage() != null ? rootMessage(error) : message);
                        LOG.error("sync {} engine stopped: {}", direction.key(), message, error);
                    }
                    stopped.complete(null);
                })
                .using(new DebeziumEngine.ConnectorCallback() {
                    @Override
                    public void taskStarted() {
                        started.countDown();
                    }
                })
                .build();
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "carve-sync-" + direction.key());
            t.setDaemon(true);
            return t;
        });
        executor.execute(engine);
    }

    static Properties properties(Direction d, int batchSize) {
        Properties p = new Properties();
        p.putAll(DebeziumProperties.source(d, batchSize));
        p.setProperty("heartbeat.interval.ms", String.valueOf(HEARTBEAT_MS));
        p.setProperty("offset.storage", TargetOffsetStore.class.getName());
        p.setProperty("offset.flush.interval.ms", "0");
        p.setProperty(TargetOffsetStore.URL, d.writeTo().url());
        p.setProperty(TargetOffsetStore.USER, d.writeTo().user());
        p.setProperty(TargetOffsetStore.PASSWORD, d.writeTo().password());
        p.setProperty(TargetOffsetStore.KEY, d.key());
        return p;
    }

    boolean running() {
        return running;
    }

    /** Completes when the engine has stopped (failed, or closed). */
    CompletableFuture<Void> stopped() {
        return stopped;
    }

    Throwable failure() {
        return failure;
    }

    Direction direction() {
        return direction;
    }

    @Override
    public void close() {
        try {
            // the engine refuses to stop while its task is starting; wait for it to start (or fail) first
            if (!started.await(60, TimeUnit.SECONDS)) {
                LOG.warn("the engine of {} did not start within 60 s; stopping it anyway", direction.key());
            }
            closeEngine();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.warn("closing the engine of {}: {}", direction.key(), e.getMessage());
        } finally {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            applier.close();
            running = false;
        }
    }

    /**
     * The engine refuses to close in the moment between its task starting and its polling (it has no callback for
     * that moment); retry until it accepts, waking at once if it stops by itself meanwhile.
     */
    private void closeEngine() throws IOException, InterruptedException {
        for (int attempts = 1; ; attempts++) {
            try {
                engine.close();
                return;
            } catch (IllegalStateException e) {
                if (attempts > 100) {
                    throw e;
                }
                try {
                    stopped.get(100, TimeUnit.MILLISECONDS);
                    return;
                } catch (TimeoutException notYet) {
                    // still between states: try again
                } catch (ExecutionException never) {
                    return; // the future is only ever completed normally
                }
            }
        }
    }

    static String rootMessage(Throwable t) {
        List<Throwable> seen = new ArrayList<>();
        Throwable c = t;
        while (c.getCause() != null && !seen.contains(c.getCause())) {
            seen.add(c);
            if (c instanceof SyncException) {
                return c.getMessage();
            }
            c = c.getCause();
        }
        return c.getMessage();
    }
}
