package dev.carve.proxy.http;

import dev.carve.proxy.ProxyException;
import dev.carve.proxy.config.BackendUrl;
import dev.carve.proxy.metrics.ProxyMetrics;
import io.netty.channel.EventLoop;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.AttributeKey;
import java.util.List;
import javax.net.ssl.SSLException;

/** One backend: its address and a connection pool on every event loop that talks to it. */
final class Backend {
    static final AttributeKey<Boolean> FORGOTTEN = AttributeKey.valueOf("carve.forgotten");

    private final String name;
    private final BackendUrl url;
    private final SslContext ssl;
    private final DataPlane plane;
    private final EventLoop[] loops;
    private final BackendPool[] pools;

    Backend(String name, String url, DataPlane plane, List<EventLoop> dataLoops, EventLoop mirrorLoop, int mirrorMax) {
        this.name = name;
        this.url = BackendUrl.parse(url);
        this.plane = plane;
        this.ssl = this.url.tls() ? clientContext(name) : null;
        int n = dataLoops.size();
        this.loops = new EventLoop[n + 1];
        this.pools = new BackendPool[n + 1];
        int perLoop = (plane.settings().maxConnectionsPerBackend() + n - 1) / n;
        for (int i = 0; i < n; i++) {
            loops[i] = dataLoops.get(i);
            pools[i] = new BackendPool(this, loops[i], perLoop);
        }
        loops[n] = mirrorLoop;
        pools[n] = new BackendPool(this, mirrorLoop, mirrorMax);
    }

    private static SslContext clientContext(String name) {
        try {
            return SslContextBuilder.forClient().build();
        } catch (SSLException e) {
            throw ProxyException.internal("cannot set up TLS towards backend '" + name + "': " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    BackendUrl url() {
        return url;
    }

    SslContext ssl() {
        return ssl;
    }

    Settings settings() {
        return plane.settings();
    }

    ProxyMetrics metrics() {
        return plane.metrics();
    }

    /** The pool of the loop the caller runs on. */
    BackendPool pool(EventLoop loop) {
        for (int i = 0; i < loops.length; i++) {
            if (loops[i] == loop) {
                return pools[i];
            }
        }
        throw new IllegalStateException("no pool of backend '" + name + "' on " + loop);
    }

    /** The loop of the mirror's pool (the last one). */
    EventLoop mirrorLoop() {
        return loops[loops.length - 1];
    }

    void retire() {
        for (BackendPool p : pools) {
            p.retire();
        }
    }

    int openConnections() {
        int n = 0;
        for (BackendPool p : pools) {
            n += p.openConnections();
        }
        return n;
    }

    int idleConnections() {
        int n = 0;
        for (BackendPool p : pools) {
            n += p.idleConnections();
        }
        return n;
    }
}
