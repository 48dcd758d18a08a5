package dev.carve.proxy.testing;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerExpectContinueHandler;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP backend on a loopback port for proxy tests. Built-in paths: {@code /bytes/N} streams N bytes
 * chunked (with backpressure), {@code /hang} never answers, {@code /break} promises 100000 bytes and closes after
 * 1000, {@code /slow/MS} answers after MS milliseconds. Everything else goes to the responder, which by default
 * echoes the request as JSON (method, uri, bodyLength, lower-case headers).
 */
public final class TestBackend implements AutoCloseable {
    public final AtomicInteger requests = new AtomicInteger();
    public final AtomicInteger connections = new AtomicInteger();
    public final ConcurrentLinkedDeque<Recorded> recorded = new ConcurrentLinkedDeque<>();
    /** The URI of every request head that arrived, in arrival order (bodies need not have completed). */
    public final ConcurrentLinkedDeque<String> heads = new ConcurrentLinkedDeque<>();

    public volatile Function<Recorded, Reply> responder = TestBackend::echo;
    private final EventLoopGroup group = new NioEventLoopGroup(1);
    private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final Channel server;

    /** A request as the backend saw it. */
    public record Recorded(String method, String uri, Map<String, String> headers, long bodyLength) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A full response. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public static Reply json(int status, String body) {
            return new Reply(status, Map.of("content-type", "application/json"), body);
        }
    }

    private TestBackend(boolean websocket) {
        ServerBootstrap b = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        connections.incrementAndGet();
                        channels.add(ch);
                        ch.pipeline().addLast(new HttpServerCodec());
                        if (websocket) {
                            ch.pipeline().addLast(new HttpObjectAggregator(65536));
                            ch.pipeline().addLast(new WebSocketServerProtocolHandler("/ws"));
                            ch.pipeline().addLast(new WebSocketEcho());
                        } else {
                            ch.pipeline().addLast(new HttpServerExpectContinueHandler());
                            ch.pipeline().addLast(new HttpServerKeepAliveHandler());
                            ch.pipeline().addLast(new Handler());
                        }
                    }
                });
        server = b.bind("127.0.0.1", 0).syncUninterruptibly().channel();
        channels.add(server);
    }

    public static TestBackend start() {
        return new TestBackend(false);
    }

    /** A backend that upgrades {@code /ws} to WebSocket and echoes text frames. */
    public static TestBackend webSocketEcho() {
        return new TestBackend(true);
    }

    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * Whether a request head for this exact URI ever arrived. Tests of refused requests give each request a path of
     * its own and ask this, rather than comparing {@link #requests} before and after: a request of an earlier test
     * that the proxy had already forwarded (e.g. the head of an upload refused halfway with 413) may reach the
     * backend after that test ended and would be counted in the next one.
     */
    public boolean received(String uri) {
        return heads.contains(uri);
    }

    public Recorded last() {
        return recorded.peekLast();
    }

    /** Closes the listening socket and every connection at once, like a crashed process. */
    public void kill() {
        channels.close().syncUninterruptibly();
    }

    @Override
    public void close() {
        channels.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    public static Reply echo(Recorded r) {
        StringBuilder b = new StringBuilder("{\"method\":\"")
                .append(r.method())
                .append("\",\"uri\":\"")
                .append(r.uri().replace("\"", "\\\""))
                .append("\",\"bodyLength\":")
                .append(r.bodyLength())
                .append(",\"headers\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : r.headers().entrySet()) {
            b.append(first ? "" : ",")
                    .append('"')
                    .append(e.getKey())
                    .append("\":\"")
                    .append(e.getValue().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
            first = false;
        }
        return Reply.json(200, b.append("}}").toString());
    }

    private final class Handler extends ChannelInboundHandlerAdapter {
        private HttpRequest head;
        private long bodyLength;
        private PatternStream streaming;

        /** Writes the pattern while the connection takes it; continues when it becomes writable again. */
        private void stream(ChannelHandlerContext ctx) {
            while (streaming != null && ctx.channel().isWritable()) {
                byte[] chunk = new byte[64 * 1024];
                int n = streaming.read(chunk, 0, chunk.length);
                if (n < 0) {
                    streaming = null;
                    ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
                    return;
                }
                ctx.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(chunk, 0, n)));
            }
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            stream(ctx);
            ctx.fireChannelWritabilityChanged();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest req) {
                head = req;
                bodyLength = 0;
                heads.add(req.uri());
                requests.incrementAndGet();
                if (req.uri().startsWith("/break")) {
                    HttpResponse r = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
                    r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, 100_000);
                    ctx.write(r);
                    ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[1000])).addListener(ChannelFutureListener.CLOSE);
                }
            }
            if (msg instanceof HttpContent c) {
                bodyLength += c.content().readableBytes();
                boolean last = c instanceof LastHttpContent;
                c.release();
                if (last && head != null) {
                    respond(ctx, head, bodyLength);
                }
            }
        }

        private void respond(ChannelHandlerContext ctx, HttpRequest req, long length) {
            Map<String, String> headers = new TreeMap<>();
            for (Map.Entry<String, String> e : req.headers()) {
                headers.merge(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue(), (a, b) -> a + ", " + b);
            }
            Recorded rec = new Recorded(req.method().name(), req.uri(), headers, length);
            recorded.add(rec);
            while (recorded.size() > 1000) {
                recorded.pollFirst();
            }
            String uri = req.uri();
            if (uri.startsWith("/hang") || uri.startsWith("/break")) {
                return;
            }
            if (uri.startsWith("/bytes/")) {
                long n = Long.parseLong(uri.substring("/bytes/".length()));
                HttpResponse r = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
                HttpUtil.setTransferEncodingChunked(r, true);
                r.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/octet-stream");
                ctx.writeAndFlush(r);
                streaming = new PatternStream(n);
                stream(ctx);
                return;
            }
            if (uri.startsWith("/slow/")) {
                long ms = Long.parseLong(uri.substring("/slow/".length()));
                ctx.executor()
                        .schedule(() -> ctx.writeAndFlush(full(req, responder.apply(rec))), ms, TimeUnit.MILLISECONDS);
                return;
            }
            ctx.writeAndFlush(full(req, responder.apply(rec)));
        }

        private FullHttpResponse full(HttpRequest req, Reply reply) {
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            FullHttpResponse r = new DefaultFullHttpResponse(
                    HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(reply.status()), Unpooled.wrappedBuffer(body));
            reply.headers().forEach((k, v) -> r.headers().set(k, v));
            r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            HttpUtil.setKeepAlive(r, HttpUtil.isKeepAlive(req));
            return r;
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    private static final class WebSocketEcho extends SimpleChannelInboundHandler<TextWebSocketFrame> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
            ctx.writeAndFlush(new TextWebSocketFrame("echo: " + frame.text()));
        }
    }

    /** N bytes of a repeating pattern (i mod 251), generated as read. */
    public static final class PatternStream extends InputStream {
        private final long size;
        private long pos;

        public PatternStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return pos < size ? (int) (pos++ % 251) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - pos);
            int v = (int) (pos % 251);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) v;
                v = v == 250 ? 0 : v + 1;
            }
            pos += n;
            return n;
        }
    }
}
