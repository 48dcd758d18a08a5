package dev.carve.proxy;

import dev.carve.proxy.config.ProxyConfig;
import dev.carve.proxy.config.ProxyConfigs;
import dev.carve.proxy.metrics.ProxyMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot reload: checks the config file's modification time and content; a changed file that validates is applied,
 * one that does not is rejected with its file, line and key, and the running config keeps serving.
 */
final class ConfigReloader {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigReloader.class);

    private final Path file;
    private final Consumer<ProxyConfig> apply;
    private final ProxyMetrics metrics;
    private long lastModified;
    private String lastText;
    private volatile String lastResult = "ok";

    ConfigReloader(Path file, Consumer<ProxyConfig> apply, ProxyMetrics metrics) {
        this.file = file;
        this.apply = apply;
        this.metrics = metrics;
        try {
            this.lastModified = Files.getLastModifiedTime(file).toMillis();
            this.lastText = Files.readString(file);
        } catch (IOException e) {
            this.lastText = "";
        }
    }

    /** Periodic check (control thread): reloads only when the file's content changed. */
    synchronized void check() {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            if (modified == lastModified) {
                return;
            }
            lastModified = modified;
            String text = Files.readString(file);
            if (text.equals(lastText)) {
                return;
            }
            lastText = text;
            load(text);
        } catch (IOException e) {
            LOG.warn("cannot read {} to reload it: {}", file, e.getMessage());
        } catch (ProxyException e) {
            // already recorded by load
        }
    }

    /** Reloads now (admin API), whatever the modification time says. */
    synchronized String reloadNow() {
        try {
            String text = Files.readString(file);
            lastText = text;
            lastModified = Files.getLastModifiedTime(file).toMillis();
            load(text);
            return lastResult;
        } catch (IOException e) {
            throw ProxyException.badInput(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private void load(String text) {
        try {
            ProxyConfig next = ProxyConfigs.parse(text, file.toString(), ProxyConfigs.baseDirOf(file));
            apply.accept(next);
            metrics.reloadsApplied.increment();
            lastResult = "ok";
        } catch (ProxyException e) {
            metrics.reloadsRejected.increment();
            lastResult = "rejected at " + Instant.now() + ": " + e.getMessage();
            LOG.error("config reload rejected, the previous config keeps serving: {}", e.getMessage());
            throw e;
        }
    }

    String lastResult() {
        return lastResult;
    }
}
