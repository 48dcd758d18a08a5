package dev.carve.proxy.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection. Requests are served one at a time in order (pipelined ones wait, with reading paused);
 * reading also pauses while the backend connection is not ready or cannot take more. One timer per connection
 * enforces the header timeout (slowloris), the idle keep-alive timeout and the body and response stall timeouts.
 */
final class FrontendHandler extends ChannelInboundHandlerAdapter implements Runnable {
    static final int WAIT_BACKEND = 1;
    static final int BACKEND_BUSY = 2;
    static final int PIPELINED = 4;
    private static final Logger LOG = LoggerFactory.getLogger(FrontendHandler.class);

    private final DataPlane plane;
    private ChannelHandlerContext ctx;
    private String clientAddress = "unknown";
    private Exchange current;
    private ArrayDeque<Object> queued;
    private int pauses;
    private long idleSince = System.nanoTime();
    private long partialSince;
    private long lastRead = System.nanoTime();
    private long unwritableSince;
    private int served;
    private boolean closing;
    private boolean reading;
    private String forwardedHost;
    private String forwarded;
    private ScheduledFuture<?> timer;

    FrontendHandler(DataPlane plane) {
        this.plane = plane;
    }

    DataPlane plane() {
        return plane;
    }

    String clientAddress() {
        return clientAddress;
    }

    Channel channel() {
        return ctx.channel();
    }

    EventLoop loop() {
        return ctx.channel().eventLoop();
    }

    long lastRead() {
        return lastRead;
    }

    long unwritableSince() {
        return unwritableSince;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (ctx.channel().remoteAddress() instanceof InetSocketAddress a && a.getAddress() != null) {
            clientAddress = a.getAddress().getHostAddress();
        }
        plane.metrics().openConnections.incrementAndGet();
        plane.metrics().acceptedConnections.increment();
        plane.connections().add(this);
        long tick = plane.settings().tickNanos();
        timer = ctx.executor().scheduleAtFixedRate(this, tick, tick, TimeUnit.NANOSECONDS);
        if (plane.draining()) {
            ctx.close();
        }
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        lastRead = System.nanoTime();
        reading = true;
        if ((queued != null && !queued.isEmpty()) || (current != null && msg instanceof HttpRequest)) {
            if (queued == null) {
                queued = new ArrayDeque<>();
            }
            queued.add(msg);
            pause(PIPELINED);
            return;
        }
        dispatch(msg);
    }

    private void dispatch(Object msg) {
        if (msg instanceof HttpRequest req) {
            partialSince = 0;
            if (closing) {
                ReferenceCountUtil.release(msg);
                return;
            }
            RequestChecks.Refusal refusal = RequestChecks.check(req, plane.settings());
            if (refusal != null) {
                ReferenceCountUtil.release(msg);
                refuse(refusal.status(), refusal.reason());
                return;
            }
            current = new Exchange(this, req);
            current.start();
            if (msg instanceof HttpContent content) {
                dispatchContent(content);
            }
        } else if (msg instanceof HttpContent content) {
            dispatchContent(content);
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    private void dispatchContent(HttpContent content) {
        Exchange ex = current;
        if (ex != null) {
            ex.clientContent(content);
        } else {
            content.release(); // the body of a refused request
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        reading = false;
        Exchange ex = current;
        if (ex != null) {
            ex.flushBackend();
        } else if (partialSince == 0) {
            partialSince = System.nanoTime(); // bytes of a request whose head is not complete yet
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        boolean writable = ctx.channel().isWritable();
        unwritableSince = writable ? 0 : System.nanoTime();
        Exchange ex = current;
        if (ex != null && writable) {
            ex.clientWritable();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (timer != null) {
            timer.cancel(false);
        }
        plane.connections().remove(this);
        plane.metrics().openConnections.decrementAndGet();
        Exchange ex = current;
        current = null;
        if (ex != null) {
            ex.clientClosed();
        }
        releaseQueued();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!(cause instanceof IOException)) {
            LOG.debug("client connection {} failed", clientAddress, cause);
        }
        ctx.close();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    /** Writes a response part to the client without flushing (flushes follow each backend read batch). */
    void write(Object msg) {
        ctx.write(msg, ctx.voidPromise());
    }

    void flush() {
        ctx.flush();
    }

    /** The Forwarded element of this client for {@code host}, kept while requests on the connection name the same. */
    String forwardedElement(String proto, String host) {
        if (forwarded == null || !java.util.Objects.equals(host, forwardedHost)) {
            forwardedHost = host;
            forwarded = ProxyHeaders.forwardedElement(clientAddress, proto, host);
        }
        return forwarded;
    }

    /** Whether a client read batch is under way (its read-complete will flush the backend connection). */
    boolean reading() {
        return reading;
    }

    boolean writable() {
        return ctx.channel().isWritable();
    }

    /** Whether responses must carry Connection: close (draining, or a request the proxy cannot continue after). */
    boolean closing() {
        return closing || plane.draining();
    }

    void closeAfterResponse() {
        closing = true;
    }

    void pause(int reason) {
        int before = pauses;
        pauses |= reason;
        if (before == 0) {
            ctx.channel().config().setAutoRead(false);
        }
    }

    void resume(int reason) {
        if ((pauses & reason) == 0) {
            return;
        }
        pauses &= ~reason;
        if (pauses == 0) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    /** The current exchange is over; serve the next pipelined request or close. */
    void exchangeDone(Exchange ex, boolean keepAlive) {
        if (current != ex) {
            return;
        }
        current = null;
        served++;
        idleSince = System.nanoTime();
        pauses &= ~(WAIT_BACKEND | BACKEND_BUSY);
        if (!keepAlive || closing()) {
            closing = true;
            releaseQueued();
            ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        // the next pipelined request with its body parts, up to the request after it
        while (queued != null && !queued.isEmpty() && !(current != null && queued.peek() instanceof HttpRequest)) {
            dispatch(queued.poll());
        }
        if (current == null) {
            resume(PIPELINED);
            if (pauses == 0 && !ctx.channel().config().isAutoRead()) {
                ctx.channel().config().setAutoRead(true);
            }
        }
    }

    /** Answers a request the proxy refuses itself, then closes the connection. */
    void refuse(HttpResponseStatus status, String reason) {
        plane.metrics().refused(reason);
        plane.accessLog().refused(clientAddress, status.code(), reason);
        closing = true;
        releaseQueued();
        ctx.writeAndFlush(Responses.of(ctx.alloc(), status, true)).addListener(ChannelFutureListener.CLOSE);
    }

    /** The connection became a tunnel: this handler leaves it, the tunnel keeps the connection count. */
    void upgraded() {
        if (timer != null) {
            timer.cancel(false);
        }
        current = null;
        releaseQueued();
        plane.connections().remove(this);
    }

    /** Graceful shutdown: idle connections close now, busy ones after their response. */
    void drain() {
        ctx.executor().execute(() -> {
            closing = true;
            if (current == null) {
                ctx.close();
            }
        });
    }

    /** The timer: header, idle, body and response-stall timeouts. */
    @Override
    public void run() {
        if (!ctx.channel().isActive()) {
            return;
        }
        long now = System.nanoTime();
        Settings s = plane.settings();
        Exchange ex = current;
        if (ex == null) {
            if (partialSince != 0 && now - partialSince > s.clientHeaderNanos()) {
                refuse(HttpResponseStatus.REQUEST_TIMEOUT, "408");
            } else if (partialSince == 0
                    && now - idleSince > (served == 0 ? s.clientHeaderNanos() : s.clientIdleNanos())) {
                ctx.close();
            }
        } else {
            ex.checkClientTimeouts(now, s);
        }
    }

    private void releaseQueued() {
        if (queued != null) {
            Object o;
            while ((o = queued.poll()) != null) {
                ReferenceCountUtil.release(o);
            }
        }
    }
}
