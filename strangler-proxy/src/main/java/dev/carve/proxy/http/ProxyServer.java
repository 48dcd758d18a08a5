package dev.carve.proxy.http;

import dev.carve.proxy.ProxyException;
import dev.carve.proxy.config.ProxyConfig;
import dev.carve.proxy.metrics.PrometheusText;
import dev.carve.proxy.metrics.ProxyMetrics;
import dev.carve.proxy.route.Routing;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.concurrent.EventExecutor;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The data plane's server: event loops (epoll when available), the listening socket and the client pipeline
 * (optional TLS, HTTP/1.1 codec with the size limits, the proxy handler). Backend connections run on the loop of
 * the client connection that uses them, so a request never changes threads.
 */
public final class ProxyServer implements AutoCloseable {
    private final EventLoopGroup workers;
    private final EventLoopGroup mirrorGroup;
    private final DataPlane plane;
    private final AccessLog accessLog;
    private Channel server;

    private ProxyServer(EventLoopGroup workers, EventLoopGroup mirrorGroup, DataPlane plane, AccessLog accessLog) {
        this.workers = workers;
        this.mirrorGroup = mirrorGroup;
        this.plane = plane;
        this.accessLog = accessLog;
    }

    /** Starts serving {@code config} (validated); relative files resolve against {@code baseDir}. */
    public static ProxyServer start(ProxyConfig config, Path baseDir, Routing routing, ProxyMetrics metrics) {
        if (System.getProperty("io.netty.leakDetection.level") == null
                && System.getProperty("io.netty.leakDetectionLevel") == null) {
            // Netty's default (sampling) leak detector touches every message on every handler; leaks are hunted
            // by the tests and the soak at PARANOID (-Dio.netty.leakDetection.level), so serving runs without it
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        }
        int threads =
                config.threads() > 0 ? config.threads() : Runtime.getRuntime().availableProcessors();
        SslContext tls = TlsContexts.server(config.tls(), baseDir);
        AccessLog log = AccessLog.open(
                config.accessLog().path(), baseDir, config.accessLog().bufferLines(), metrics);
        EventLoopGroup workers = Transport.group(threads, "carve-proxy");
        EventLoopGroup mirror = Transport.group(1, "carve-proxy-mirror");
        mirror.execute(BackgroundPriority::lowerCurrentThread);
        List<EventLoop> loops = new ArrayList<>();
        for (EventExecutor e : workers) {
            loops.add((EventLoop) e);
        }
        DataPlane plane = new DataPlane(config, routing, metrics, loops, mirror.next(), log);
        ProxyServer proxy = new ProxyServer(workers, mirror, plane, log);
        try {
            proxy.bind(config.listen(), tls);
        } catch (RuntimeException e) {
            proxy.close();
            throw e;
        }
        return proxy;
    }

    private void bind(ProxyConfig.Listen listen, SslContext tls) {
        ServerBootstrap b = new ServerBootstrap()
                .group(workers, workers)
                .channel(Transport.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        Settings s = plane.settings();
                        if (tls != null) {
                            ch.pipeline().addLast("tls", tls.newHandler(ch.alloc()));
                        }
                        ch.pipeline()
                                .addLast(
                                        "codec",
                                        new HttpServerCodec(new HttpDecoderConfig()
                                                .setMaxInitialLineLength(s.maxRequestLine())
                                                .setMaxHeaderSize(s.maxHeaderSize())
                                                .setMaxChunkSize(64 * 1024)
                                                .setHeadersFactory(CheckedHeaders.FACTORY)));
                        ch.pipeline().addLast("proxy", new FrontendHandler(plane));
                    }
                });
        try {
            server = b.bind(listen.host(), listen.port()).syncUninterruptibly().channel();
        } catch (Exception e) {
            String why = e instanceof BindException ? "the address is in use or not available" : e.getMessage();
            throw ProxyException.badInput(
                    "listen: cannot bind " + listen.host() + ":" + listen.port() + " (" + why
                            + "). Pick another listen.port, or stop what uses it.",
                    e);
        }
    }

    /** Applies a reloaded config's data-plane part (timeouts, limits, backends, mirroring). */
    public void apply(ProxyConfig config) {
        plane.apply(config);
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    public String transport() {
        return Transport.name();
    }

    public int openConnections() {
        return plane.metrics().openConnections.get();
    }

    /** Writes the backend pool gauges. */
    public void writeMetrics(PrometheusText out) {
        plane.backends().write(out);
    }

    /**
     * Graceful shutdown: stops accepting, lets in-flight requests finish (idle connections close at once, busy
     * ones after their response) for up to {@code timeoutMillis}, then closes what is left.
     */
    public void drain(long timeoutMillis) {
        if (server != null) {
            server.close().syncUninterruptibly();
        }
        plane.startDraining();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!plane.connections().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (FrontendHandler c : plane.connections()) {
            c.channel().close();
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close().syncUninterruptibly();
        }
        plane.backends().retireAll();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        mirrorGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        accessLog.close();
    }
}
