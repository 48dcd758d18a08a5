package dev.carve.extractor.cdc;

import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One Debezium embedded engine (PostgreSQL connector, pgoutput) running one {@link Direction} of a sync. */
final class SyncEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final Direction direction;
    private final ChangeApplier applier;
    private final DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;
    private final ExecutorService executor;
    private volatile boolean running = true;
    private volatile Throwable failure;
    private final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);

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

    /** The engine refuses to close in the moment between its task starting and its polling; retry briefly. */
    private void closeEngine() throws IOException, InterruptedException {
        int attempts = 0;
        while (true) {
            try {
                engine.close();
                return;
            } catch (IllegalStateException e) {
                attempts++;
                if (attempts > 100) {
                    throw e;
                }
                Thread.sleep(100);
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
