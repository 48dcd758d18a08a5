package dev.carve.proxy.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * After a protocol switch (101, e.g. WebSocket) the client and backend connections become a byte relay: each side
 * writes what the other reads, reading pauses while the other side cannot take more, either side closing closes
 * both, and a shared idle timer closes them after {@code timeouts.tunnelIdle} without traffic.
 */
final class Tunnel extends ChannelInboundHandlerAdapter {
    private final Channel peer;
    private final Activity activity;
    private final Runnable onClose;

    private Tunnel(Channel peer, Activity activity, Runnable onClose) {
        this.peer = peer;
        this.activity = activity;
        this.onClose = onClose;
    }

    /** Turns an exchange's two connections (on the same event loop) into a tunnel; the 101 is already written. */
    static void connect(FrontendHandler fe, BackendConnection conn, Settings s) {
        Channel client = fe.channel();
        Channel server = conn.channel();
        conn.detach();
        fe.upgraded();
        Activity activity = new Activity(client, server, s.tunnelIdleNanos());
        Runnable clientGone = () -> fe.plane().metrics().openConnections.decrementAndGet();
        client.pipeline().replace(FrontendHandler.class, "tunnel", new Tunnel(server, activity, clientGone));
        client.pipeline().remove("codec");
        server.pipeline().replace(BackendConnection.class, "tunnel", new Tunnel(client, activity, () -> {}));
        server.pipeline().remove("codec");
        client.flush();
        client.config().setAutoRead(true);
        server.config().setAutoRead(true);
        activity.start();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        activity.last = System.nanoTime();
        peer.write(msg, peer.voidPromise());
        if (!peer.isWritable()) {
            ctx.channel().config().setAutoRead(false);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        peer.flush();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            peer.config().setAutoRead(true);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        onClose.run();
        activity.stop();
        if (peer.isActive()) {
            peer.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }

    /** The idle timer both directions share. */
    private static final class Activity implements Runnable {
        private final Channel a;
        private final Channel b;
        private final long idleNanos;
        volatile long last = System.nanoTime();
        private ScheduledFuture<?> timer;

        Activity(Channel a, Channel b, long idleNanos) {
            this.a = a;
            this.b = b;
            this.idleNanos = idleNanos;
        }

        void start() {
            long tick = Math.max(10_000_000L, Math.min(1_000_000_000L, idleNanos / 4));
            timer = a.eventLoop().scheduleAtFixedRate(this, tick, tick, TimeUnit.NANOSECONDS);
        }

        void stop() {
            if (timer != null) {
                timer.cancel(false);
            }
        }

        @Override
        public void run() {
            if (System.nanoTime() - last > idleNanos) {
                a.close();
                b.close();
            }
        }
    }
}
