package dev.carve.proxy.http;

import dev.carve.proxy.config.ProxyConfig;
import dev.carve.proxy.metrics.PrometheusText;
import io.netty.channel.EventLoop;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The backends of the current config by name. A reload keeps a backend (and its warm pools) when its URL is
 * unchanged; a removed or changed one is retired: idle connections close, busy ones finish their request first.
 */
final class Backends {
    private final DataPlane plane;
    private final List<EventLoop> dataLoops;
    private final EventLoop mirrorLoop;
    private volatile Map<String, Backend> byName = Map.of();

    Backends(DataPlane plane, List<EventLoop> dataLoops, EventLoop mirrorLoop) {
        this.plane = plane;
        this.dataLoops = dataLoops;
        this.mirrorLoop = mirrorLoop;
    }

    synchronized void apply(ProxyConfig config) {
        Map<String, Backend> next = new HashMap<>();
        Map<String, Backend> old = byName;
        for (ProxyConfig.Backend b : config.backends()) {
            Backend existing = old.get(b.name());
            if (existing != null && existing.url().equals(dev.carve.proxy.config.BackendUrl.parse(b.url()))) {
                next.put(b.name(), existing);
            } else {
                next.put(
                        b.name(),
                        new Backend(
                                b.name(),
                                b.url(),
                                plane,
                                dataLoops,
                                mirrorLoop,
                                config.mirroring().maxInFlight() * 2));
            }
        }
        byName = Map.copyOf(next);
        old.forEach((name, backend) -> {
            if (next.get(name) != backend) {
                backend.retire();
            }
        });
    }

    /** The backend of this name; the config was validated, so it exists. */
    Backend get(String name) {
        return byName.get(name);
    }

    void retireAll() {
        byName.values().forEach(Backend::retire);
    }

    void write(PrometheusText out) {
        out.family("carve_proxy_backend_connections", "gauge", "Open backend connections by backend and state.");
        byName.forEach((name, b) -> {
            int open = b.openConnections();
            int idle = b.idleConnections();
            out.sample("carve_proxy_backend_connections", Math.max(0, open - idle), "backend", name, "state", "active");
            out.sample("carve_proxy_backend_connections", idle, "backend", name, "state", "idle");
        });
    }
}
