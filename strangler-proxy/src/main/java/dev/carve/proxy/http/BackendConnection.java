package dev.carve.proxy.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpObject;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * One pooled connection to a backend, as the last handler of its pipeline. It passes response parts to the user
 * it is attached to, and enforces two timeouts with one timer: the read timeout while a response is awaited, and
 * the idle timeout while it sits in the pool.
 */
final class BackendConnection extends ChannelInboundHandlerAdapter implements Runnable {
    private final BackendPool pool;
    private Channel channel;
    private BackendUser user;
    private boolean awaiting;
    private boolean used;
    private long lastActivityNanos = System.nanoTime();
    private ScheduledFuture<?> timer;
    private Throwable failure;

    BackendConnection(BackendPool pool) {
        this.pool = pool;
    }

    Channel channel() {
        return channel;
    }

    BackendPool pool() {
        return pool;
    }

    /** Whether this connection served a request before (a stale pooled connection may fail on first write). */
    boolean reused() {
        return used;
    }

    void attach(BackendUser u) {
        user = u;
        awaiting = false;
        lastActivityNanos = System.nanoTime();
    }

    /** The request is fully written: the read timeout starts now. */
    void awaitResponse() {
        awaiting = true;
        lastActivityNanos = System.nanoTime();
    }

    /** The user is done: back to the pool when reusable, closed otherwise. */
    void release(boolean reusable) {
        user = null;
        awaiting = false;
        used = true;
        if (reusable && channel.isActive() && !pool.retired()) {
            if (!channel.config().isAutoRead()) {
                channel.config().setAutoRead(true);
            }
            lastActivityNanos = System.nanoTime();
            pool.release(this);
        } else {
            channel.close();
        }
    }

    /** Leaves the pool for good (an upgraded connection becomes a tunnel). */
    void detach() {
        user = null;
        if (timer != null) {
            timer.cancel(false);
        }
        pool.forget(this);
    }

    /** Stops reading responses (the client is slower than the backend). */
    void pauseReading() {
        channel.config().setAutoRead(false);
    }

    /** Reads again; the read timeout restarts so the pause does not count against the backend. */
    void resumeReading() {
        lastActivityNanos = System.nanoTime();
        channel.config().setAutoRead(true);
    }

    void write(Object msg) {
        channel.write(msg, channel.voidPromise());
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        long tick = pool.settings().tickNanos();
        timer = ctx.executor().scheduleAtFixedRate(this, tick, tick, TimeUnit.NANOSECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        lastActivityNanos = System.nanoTime();
        BackendUser u = user;
        if (u == null) {
            // nothing asked for this: the backend is out of step, so the connection cannot be trusted
            ReferenceCountUtil.release(msg);
            ctx.close();
            return;
        }
        u.response((HttpObject) msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        BackendUser u = user;
        if (u != null) {
            u.responseReadComplete();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        BackendUser u = user;
        if (u != null) {
            u.backendWritable(ctx.channel().isWritable());
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (timer != null) {
            timer.cancel(false);
        }
        pool.closed(this);
        BackendUser u = user;
        user = null;
        if (u != null) {
            u.backendFailed(
                    failure == null ? new IOException("the backend closed the connection") : failure,
                    BackendUser.FailureKind.RESET);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
        ctx.close();
    }

    /** The timer: read timeout while awaiting a response, idle timeout while pooled. */
    @Override
    public void run() {
        if (!channel.isActive()) {
            return;
        }
        long now = System.nanoTime();
        Settings s = pool.settings();
        BackendUser u = user;
        if (u != null) {
            if (awaiting && channel.config().isAutoRead() && now - lastActivityNanos > s.backendReadNanos()) {
                user = null;
                channel.close();
                u.backendFailed(
                        new IOException("no response from the backend within the read timeout"),
                        BackendUser.FailureKind.TIMEOUT);
            }
        } else if (now - lastActivityNanos > s.poolIdleNanos()) {
            channel.close();
        }
    }
}
