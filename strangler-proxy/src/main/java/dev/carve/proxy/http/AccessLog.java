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
 * The JSON access log: one object per line per request, formatted on the event loop and written by one daemon
 * thread from a bounded queue, so a slow disk drops lines (counted) instead of slowing requests.
 */
final class AccessLog implements AutoCloseable {
    private final BlockingQueue<String> lines;
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
        StringBuilder b = new StringBuilder(256);
        b.append("{\"time\":\"").append(Instant.now()).append("\",\"client\":");
        string(b, ex.clientAddress()).append(",\"method\":");
        string(b, ex.method()).append(",\"uri\":");
        string(b, ex.uri()).append(",\"status\":").append(status);
        b.append(",\"requestBytes\":").append(ex.requestBytes());
        b.append(",\"responseBytes\":").append(ex.responseBytes());
        b.append(",\"ms\":").append(Math.round(nanos / 10_000.0) / 100.0);
        b.append(",\"route\":");
        string(b, ex.route().name()).append(",\"stage\":");
        string(b, ex.stage().id()).append(",\"side\":");
        string(b, ex.side().name().toLowerCase(java.util.Locale.ROOT)).append(",\"backend\":");
        string(b, ex.backendName()).append(",\"trace\":");
        string(b, ex.traceId());
        if (ex.fellBack()) {
            b.append(",\"fallback\":true");
        }
        if (!ex.error().isEmpty()) {
            b.append(",\"error\":");
            string(b, ex.error());
        }
        offer(b.append('}').toString());
    }

    void refused(String client, int status, String reason) {
        if (out == null) {
            return;
        }
        StringBuilder b = new StringBuilder(128);
        b.append("{\"time\":\"").append(Instant.now()).append("\",\"client\":");
        string(b, client).append(",\"status\":").append(status).append(",\"refused\":");
        offer(string(b, reason).append('}').toString());
    }

    private void offer(String line) {
        if (!lines.offer(line)) {
            metrics.accessLogDropped.increment();
        }
    }

    private void drain() {
        try {
            while (!closed || !lines.isEmpty()) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line == null) {
                    out.flush();
                    continue;
                }
                out.write(line);
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
