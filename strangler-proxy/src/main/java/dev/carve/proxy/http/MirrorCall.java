package dev.carve.proxy.http;

import dev.carve.proxy.shadow.CapturedResponse;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One request the mirror sends on its own event loop (to the target, or to legacy again for noise learning); it
 * collects the whole response up to the capture limit and reports it, or null when there was none.
 */
final class MirrorCall implements BackendUser {
    private final Backend backend;
    private final String method;
    private final String uri;
    private final HttpHeaders headers;
    private final List<String> capturedHeaders;
    private final byte[] body;
    private final int limit;
    private final Consumer<CapturedResponse> done;
    private BackendConnection conn;
    private int status;
    private final Map<String, String> responseHeaders = new HashMap<>();
    private byte[] responseBody = new byte[256];
    private int length;
    private boolean finished;
    private boolean reusable;

    /**
     * A call with the captured request; {@code ownHeaders} lets it change the capture's header object itself (the
     * last call of a capture), else it works on a copy.
     */
    MirrorCall(
            Backend backend,
            Capture c,
            boolean ownHeaders,
            String markerHeader,
            int limit,
            Consumer<CapturedResponse> done) {
        this.backend = backend;
        this.method = c.method;
        this.uri = c.uri;
        this.headers = ownHeaders ? c.requestHeaders : c.requestHeaders.copy();
        this.capturedHeaders = c.route.comparator().capturedHeaders();
        this.body = c.requestBody();
        this.limit = limit;
        this.done = done;
        headers.remove(HttpHeaderNames.EXPECT);
        headers.remove(HttpHeaderNames.TRANSFER_ENCODING);
        if (markerHeader != null) {
            headers.set(markerHeader, "1");
        }
    }

    void start() {
        backend.pool(backendLoop()).acquire(this);
    }

    private io.netty.channel.EventLoop backendLoop() {
        return backend.mirrorLoop();
    }

    @Override
    public void connected(BackendConnection c) {
        conn = c;
        String path = backend.url().basePath().isEmpty() ? uri : backend.url().basePath() + uri;
        FullHttpRequest req = new DefaultFullHttpRequest(
                HttpVersion.HTTP_1_1,
                HttpMethod.valueOf(method),
                path,
                Unpooled.wrappedBuffer(body),
                headers,
                io.netty.handler.codec.http.EmptyHttpHeaders.INSTANCE);
        if (body.length > 0
                || !HttpMethod.GET.name().equals(method)
                        && !HttpMethod.HEAD.name().equals(method)) {
            HttpUtil.setContentLength(req, body.length);
        } else {
            req.headers().remove(HttpHeaderNames.CONTENT_LENGTH);
        }
        c.write(req);
        c.awaitResponse();
        c.channel().flush();
    }

    @Override
    public void connectFailed(Throwable cause, FailureKind kind) {
        complete(null);
    }

    @Override
    public void response(HttpObject msg) {
        try {
            if (finished) {
                return;
            }
            if (msg instanceof HttpResponse r) {
                if (r.decoderResult().isFailure()) {
                    fail();
                    return;
                }
                if (r.status().code() < 200) {
                    return; // an interim 1xx; the final answer follows
                }
                status = r.status().code();
                reusable = ProxyHeaders.keepAlive(r);
                Capture.keepHeaders(r.headers(), capturedHeaders, responseHeaders);
            }
            if (msg instanceof HttpContent c && status != 0) {
                if (c.decoderResult().isFailure() || !append(c.content())) {
                    fail();
                    return;
                }
                if (c instanceof LastHttpContent) {
                    BackendConnection used = conn;
                    conn = null;
                    used.release(reusable);
                    complete(new CapturedResponse(status, responseHeaders, Arrays.copyOf(responseBody, length)));
                }
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private boolean append(ByteBuf buf) {
        int n = buf.readableBytes();
        if (length + n > limit) {
            return false;
        }
        if (length + n > responseBody.length) {
            responseBody = Arrays.copyOf(responseBody, Math.max(length + n, responseBody.length * 2));
        }
        buf.getBytes(buf.readerIndex(), responseBody, length, n);
        length += n;
        return true;
    }

    private void fail() {
        BackendConnection used = conn;
        conn = null;
        if (used != null) {
            used.release(false);
        }
        complete(null);
    }

    @Override
    public void responseReadComplete() {}

    @Override
    public void backendWritable(boolean writable) {}

    @Override
    public void backendFailed(Throwable cause, FailureKind kind) {
        conn = null;
        complete(null);
    }

    private void complete(CapturedResponse r) {
        if (!finished) {
            finished = true;
            done.accept(r);
        }
    }
}
