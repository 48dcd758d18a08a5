package dev.carve.proxy.http;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.ssl.SslHandler;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * The connections of one backend on one event loop. Only that loop touches it, so it needs no locks; the most
 * recently used idle connection is reused first, so surplus ones age out by the idle timeout. When the limit is
 * reached, requests wait in order until a connection frees up or the acquire timeout passes.
 */
final class BackendPool {
    private final Backend backend;
    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final int max;
    private final ArrayDeque<BackendConnection> idle = new ArrayDeque<>();
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private int open;
    private volatile int openGauge;
    private volatile int idleGauge;
    private volatile boolean retired;

    BackendPool(Backend backend, EventLoop loop, int max) {
        this.backend = backend;
        this.loop = loop;
        this.max = Math.max(1, max);
        this.bootstrap = new Bootstrap()
                .group(loop)
                .channel(Transport.socketChannel())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        Math.min(Integer.MAX_VALUE, settings().connectMillis()))
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        if (backend.ssl() != null) {
                            SSLEngine engine = backend.ssl()
                                    .newEngine(
                                            ch.alloc(),
                                            backend.url().host(),
                                            backend.url().port());
                            SSLParameters params = engine.getSSLParameters();
                            params.setEndpointIdentificationAlgorithm("HTTPS");
                            engine.setSSLParameters(params);
                            ch.pipeline().addLast("tls", new SslHandler(engine));
                        }
                        ch.pipeline().addLast("codec", new HttpClientCodec(4096, 64 * 1024, 64 * 1024));
                        ch.pipeline().addLast("backend", new BackendConnection(BackendPool.this));
                    }
                });
    }

    Settings settings() {
        return backend.settings();
    }

    Backend backend() {
        return backend;
    }

    boolean retired() {
        return retired;
    }

    /** Attaches a connection to {@code user} now or later; calls back on this loop. */
    void acquire(BackendUser user) {
        BackendConnection c;
        while ((c = idle.pollLast()) != null) {
            idleGauge = idle.size();
            if (c.channel().isActive()) {
                c.attach(user);
                user.connected(c);
                return;
            }
        }
        if (open < max) {
            connect(user);
            return;
        }
        Waiter w = new Waiter(user);
        waiters.addLast(w);
        loop.schedule(
                () -> {
                    if (waiters.remove(w)) {
                        backend.metrics().backendError(backend.name(), "pool");
                        user.connectFailed(
                                new TimeoutException("no free connection to backend '" + backend.name()
                                        + "' within the acquire timeout (pool.maxConnections reached)"),
                                BackendUser.FailureKind.POOL);
                    }
                },
                settings().acquireNanos(),
                TimeUnit.NANOSECONDS);
    }

    private void connect(BackendUser user) {
        open++;
        openGauge = open;
        ChannelFuture f = bootstrap.connect(InetSocketAddress.createUnresolved(
                backend.url().host(), backend.url().port()));
        f.addListener(done -> {
            if (done.isSuccess()) {
                BackendConnection c = f.channel().pipeline().get(BackendConnection.class);
                c.attach(user);
                user.connected(c);
            } else {
                // closed() is not called for a channel that never became active
                open--;
                openGauge = open;
                Throwable cause = done.cause();
                boolean timeout = cause instanceof ConnectTimeoutException;
                backend.metrics().backendError(backend.name(), timeout ? "timeout" : "connect");
                user.connectFailed(cause, timeout ? BackendUser.FailureKind.TIMEOUT : BackendUser.FailureKind.CONNECT);
                serveWaiter();
            }
        });
    }

    /** A connection whose user is done and which may be reused. */
    void release(BackendConnection c) {
        Waiter w = waiters.pollFirst();
        if (w != null) {
            c.attach(w.user);
            w.user.connected(c);
            return;
        }
        idle.addLast(c);
        idleGauge = idle.size();
    }

    /** A connection closed (it may have been idle or in use). */
    void closed(BackendConnection c) {
        if (!forgotten(c)) {
            open--;
            openGauge = open;
        }
        idle.remove(c);
        idleGauge = idle.size();
        serveWaiter();
    }

    /** A connection that leaves the pool without closing (it became a tunnel). */
    void forget(BackendConnection c) {
        c.channel().attr(Backend.FORGOTTEN).set(Boolean.TRUE);
        open--;
        openGauge = open;
        serveWaiter();
    }

    private static boolean forgotten(BackendConnection c) {
        return c.channel().attr(Backend.FORGOTTEN).get() != null;
    }

    private void serveWaiter() {
        if (!waiters.isEmpty() && open < max) {
            connect(waiters.pollFirst().user);
        }
    }

    /** Stops pooling: idle connections close now, busy ones when their user is done. */
    void retire() {
        retired = true;
        loop.execute(() -> {
            BackendConnection c;
            while ((c = idle.pollFirst()) != null) {
                c.channel().close();
            }
            idleGauge = 0;
        });
    }

    int openConnections() {
        return openGauge;
    }

    int idleConnections() {
        return idleGauge;
    }

    /** A request waiting for a connection; compared by identity. */
    private static final class Waiter {
        final BackendUser user;

        Waiter(BackendUser user) {
            this.user = user;
        }
    }
}
