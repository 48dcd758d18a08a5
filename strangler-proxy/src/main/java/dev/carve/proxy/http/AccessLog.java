package dev.carve.proxy.http;

import dev.carve.proxy.ProxyException;
import dev.carve.proxy.metrics.ProxyMetrics;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The JSON access log: one object per line per request. The event loop only queues the line's values (a small
 * record); one daemon thread formats and writes them from a bounded queue, so neither JSON formatting nor a slow
 * disk costs the event loop anything, and a writer that falls behind drops lines (counted).
 */
final class AccessLog implements AutoCloseable {
    private final BlockingQueue<Object> lines;
    private final Writer out;
    private final ProxyMetrics metrics;
    private final Thread writer;
    private volatile boolean closed;

    private AccessLog(Writer out, int buffer, ProxyMetrics metrics) {
        this.out = out;
        this.metrics = metrics;
        this.lines = out == null ? null : new ArrayBlockingQueue<>(buffer);
        if (out != null) {
            writer = new Thread(this::drain, "carve-proxy-access-log");
            writer.setDaemon(true);
            writer.start();
        } else {
            writer = null;
        }
    }

    /** An access log at {@code path} (relative to {@code baseDir}; "-" is stdout, empty is none). */
    static AccessLog open(String path, Path baseDir, int buffer, ProxyMetrics metrics) {
        if (path == null || path.isBlank()) {
            return new AccessLog(null, 1, metrics);
        }
        if (path.equals("-")) {
            return new AccessLog(
                    new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), buffer, metrics);
        }
        Path file = baseDir.resolve(path);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return new AccessLog(
                    Files.newBufferedWriter(
                            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                    buffer,
                    metrics);
        } catch (IOException e) {
            throw ProxyException.badInput(
                    "accessLog.path: cannot open " + file + " for writing: " + e.getMessage()
                            + ". Give a writable file, '-' for stdout, or nothing.",
                    e);
        }
    }

    boolean enabled() {
        return out != null;
    }

    void exchange(Exchange ex, int status, long nanos) {
        if (out == null) {
            return;
        }
        offer(new Line(
                Instant.now(),
                ex.clientAddress(),
                ex.method(),
                ex.uri(),
                status,
                ex.requestBytes(),
                ex.responseBytes(),
                nanos,
                ex.route().name(),
                ex.stage().id(),
                ex.side().name(),
                ex.backendName(),
                ex.traceId(),
                ex.fellBack(),
                ex.error()));
    }

    void refused(String client, int status, String reason) {
        if (out == null) {
            return;
        }
        offer(new Refused(Instant.now(), client, status, reason));
    }

    private void offer(Object line) {
        if (!lines.offer(line)) {
            metrics.accessLogDropped.increment();
        }
    }

    /** The values of one exchange's line, taken on the event loop and formatted by the writer thread. */
    private record Line(
            Instant time,
            String client,
            String method,
            String uri,
            int status,
            long requestBytes,
            long responseBytes,
            long nanos,
            String route,
            String stage,
            String side,
            String backend,
            String trace,
            boolean fellBack,
            String error) {
        String format() {
            StringBuilder b = new StringBuilder(256);
            b.append("{\"time\":\"").append(time).append("\",\"client\":");
            string(b, client).append(",\"method\":");
            string(b, method).append(",\"uri\":");
            string(b, uri).append(",\"status\":").append(status);
            b.append(",\"requestBytes\":").append(requestBytes);
            b.append(",\"responseBytes\":").append(responseBytes);
            b.append(",\"ms\":").append(Math.round(nanos / 10_000.0) / 100.0);
            b.append(",\"route\":");
            string(b, route).append(",\"stage\":");
            string(b, stage).append(",\"side\":");
            string(b, side.toLowerCase(java.util.Locale.ROOT)).append(",\"backend\":");
            string(b, backend).append(",\"trace\":");
            string(b, trace);
            if (fellBack) {
                b.append(",\"fallback\":true");
            }
            if (!error.isEmpty()) {
                b.append(",\"error\":");
                string(b, error);
            }
            return b.append('}').toString();
        }
    }

    /** A request the proxy refused itself. */
    private record Refused(Instant time, String client, int status, String reason) {
        String format() {
            StringBuilder b = new StringBuilder(128);
            b.append("{\"time\":\"").append(time).append("\",\"client\":");
            string(b, client).append(",\"status\":").append(status).append(",\"refused\":");
            return string(b, reason).append('}').toString();
        }
    }

    private static String format(Object line) {
        return line instanceof Line l ? l.format() : ((Refused) line).format();
    }

    private void drain() {
        try {
            while (!closed || !lines.isEmpty()) {
                Object line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line == null) {
                    out.flush();
                    continue;
                }
                out.write(format(line));
                out.write('\n');
                if (lines.isEmpty()) {
                    out.flush();
                }
            }
            out.flush();
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(AccessLog.class)
                    .error("the access log cannot be written: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static StringBuilder string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }

    @Override
    public void close() {
        if (out == null) {
            return;
        }
        closed = true;
        try {
            writer.join(2000);
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(AccessLog.class).warn("closing the access log: {}", e.getMessage());
        }
    }
}
