package dev.carve.proxy.http;

import dev.carve.proxy.Stage;
import dev.carve.proxy.config.RouteConfig;
import dev.carve.proxy.metrics.RouteMetrics.Side;
import dev.carve.proxy.route.CanarySplit;
import dev.carve.proxy.route.RouteRuntime;
import dev.carve.proxy.stage.RouteState;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.ArrayDeque;

/**
 * One request on its way through the proxy: it picks its route and side, gets a backend connection, streams the
 * request body to it and the response back (with backpressure both ways), and handles what can go wrong: a backend
 * that cannot be reached (fallback to legacy for idempotent requests in canary and new, else 502/504), a stale
 * pooled connection (one retry when nothing was sent that cannot be sent again), a backend that stops mid-response
 * (the client connection is closed, as the response cannot be completed), and a client that goes away.
 */
final class Exchange implements BackendUser {
    private final FrontendHandler fe;
    private final DataPlane plane;
    private final HttpRequest request;
    private final String uri;
    private final HttpMethod method;
    private final HttpVersion clientVersion;
    private final boolean clientKeepAlive;
    private final boolean replayable;
    private final long startNanos = System.nanoTime();
    private RouteRuntime route;
    private Stage stage;
    private Side side;
    private Backend backend;
    private BackendConnection conn;
    private ArrayDeque<HttpContent> pending;
    private String traceId;
    private long requestBytes;
    private long responseBytes;
    private boolean requestDone;
    private boolean requestSent;
    private boolean responseStarted;
    private boolean responseDone;
    private boolean informational;
    private boolean informationalDropped;
    private boolean upgrade;
    private boolean backendReusable;
    private boolean finished;
    private boolean retried;
    private boolean fellBack;
    private boolean headOrEmpty;
    private int status;
    private String error = "";
    private Capture capture;

    Exchange(FrontendHandler fe, HttpRequest request) {
        this.fe = fe;
        this.plane = fe.plane();
        this.request = request;
        this.uri = request.uri();
        this.method = request.method();
        this.clientVersion = request.protocolVersion();
        this.clientKeepAlive = ProxyHeaders.keepAlive(request);
        this.replayable = !ProxyHeaders.chunked(request) && HttpUtil.getContentLength(request, 0L) == 0;
    }

    void start() {
        HttpHeaders h = request.headers();
        route = plane.routing().table().match(method, uri, h);
        RouteState state = route.state();
        stage = state.stage();
        String upgradeTo = ProxyHeaders.relayedUpgrade(h);
        boolean chunked = !replayable && ProxyHeaders.chunked(request);
        ProxyHeaders.removeHopByHop(h);
        if (chunked) {
            HttpUtil.setTransferEncodingChunked(request, true);
        }
        if (upgradeTo != null) {
            h.set(HttpHeaderNames.UPGRADE, upgradeTo);
            h.set(HttpHeaderNames.CONNECTION, HttpHeaderNames.UPGRADE);
        }
        if (!h.contains(HttpHeaderNames.HOST)) {
            h.set(
                    HttpHeaderNames.HOST,
                    plane.backends().get(route.legacyBackend()).url().authority());
        }
        ProxyHeaders.addForwarding(h, fe, plane.tls(), plane.settings());
        traceId = ProxyHeaders.traceparent(h);
        request.setProtocolVersion(HttpVersion.HTTP_1_1);
        side = Side.LEGACY;
        if (!route.isDefault()) {
            RouteConfig rc = route.config();
            h.remove(rc.shadow().markerHeader());
            if (stage == Stage.NEW
                    || (stage == Stage.CANARY
                            && CanarySplit.toTarget(rc.canary(), state.percent(), h, fe.clientAddress()))) {
                side = Side.TARGET;
            } else if (stage == Stage.SHADOW) {
                capture = plane.mirror().capture(route, request, fe);
            }
        }
        headOrEmpty = method.equals(HttpMethod.HEAD);
        acquire(plane.backends().get(side == Side.TARGET ? route.targetBackend() : route.legacyBackend()));
    }

    private void acquire(Backend b) {
        backend = b;
        b.pool(fe.loop()).acquire(this);
    }

    @Override
    public void connected(BackendConnection c) {
        if (finished) {
            c.release(true);
            return;
        }
        conn = c;
        request.setUri(backend.url().basePath().isEmpty() ? uri : backend.url().basePath() + uri);
        if (!plane.settings().preserveHost()) {
            request.headers().set(HttpHeaderNames.HOST, backend.url().authority());
        }
        c.write(request);
        boolean lastWritten = false;
        if (pending != null) {
            HttpContent content;
            while ((content = pending.poll()) != null) {
                lastWritten |= content instanceof LastHttpContent;
                c.write(content);
            }
        }
        if (requestDone && !lastWritten) {
            // a bodiless request sent again (retry or fallback): its end went to the failed connection
            c.write(LastHttpContent.EMPTY_LAST_CONTENT);
        }
        if (requestDone) {
            requestSent = true;
            c.awaitResponse();
        }
        if (!fe.reading()) {
            c.channel().flush(); // else the client's read-complete flushes head and body parts in one write
        }
        if (c.channel().isWritable()) {
            fe.resume(FrontendHandler.WAIT_BACKEND);
        } else {
            fe.pause(FrontendHandler.BACKEND_BUSY);
            fe.resume(FrontendHandler.WAIT_BACKEND);
        }
    }

    /** A part of the request body from the client. */
    void clientContent(HttpContent content) {
        if (finished) {
            content.release();
            return;
        }
        requestBytes += content.content().readableBytes();
        if (requestBytes > plane.settings().maxBody()) {
            content.release();
            plane.metrics().refused("413");
            fail(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "request body larger than limits.maxRequestBody");
            return;
        }
        boolean last = content instanceof LastHttpContent;
        if (capture != null && !capture.requestBody(content, last)) {
            capture = null;
        }
        if (last) {
            requestDone = true;
        }
        if (conn == null) {
            if (pending == null) {
                pending = new ArrayDeque<>();
            }
            pending.add(content);
            fe.pause(FrontendHandler.WAIT_BACKEND);
            return;
        }
        conn.write(content);
        if (last) {
            requestSent = true;
            conn.awaitResponse();
        }
        if (!conn.channel().isWritable()) {
            fe.pause(FrontendHandler.BACKEND_BUSY);
        }
    }

    void flushBackend() {
        if (conn != null) {
            conn.channel().flush();
        }
    }

    @Override
    public void backendWritable(boolean writable) {
        if (writable) {
            fe.resume(FrontendHandler.BACKEND_BUSY);
        }
    }

    void clientWritable() {
        if (conn != null && !finished) {
            conn.resumeReading();
        }
    }

    @Override
    public void response(HttpObject msg) {
        if (finished) {
            io.netty.util.ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpResponse r) {
            if (!responseHead(r)) {
                io.netty.util.ReferenceCountUtil.release(msg);
                return;
            }
        }
        if (msg instanceof HttpContent c) {
            responseContent(c);
        }
    }

    private boolean responseHead(HttpResponse r) {
        if (r.decoderResult().isFailure()) {
            backendBroken("the backend sent a malformed response: "
                    + r.decoderResult().cause().getMessage());
            return false;
        }
        int code = r.status().code();
        if (code >= 100 && code < 200 && code != 101) {
            informational = true;
            informationalDropped = clientVersion.equals(HttpVersion.HTTP_1_0);
            if (informationalDropped) {
                return false; // HTTP/1.0 clients must not see 1xx
            }
            ProxyHeaders.removeHopByHop(r.headers());
            fe.write(r);
            return true;
        }
        status = code;
        responseStarted = true;
        backendReusable = ProxyHeaders.keepAlive(r);
        upgrade = code == 101;
        headOrEmpty |= code == 204 || code == 304;
        boolean chunked = ProxyHeaders.chunked(r);
        boolean knownLength = r.headers().contains(HttpHeaderNames.CONTENT_LENGTH);
        String upgradeTo = upgrade ? r.headers().get(HttpHeaderNames.UPGRADE) : null;
        ProxyHeaders.removeHopByHop(r.headers());
        if (upgrade) {
            if (upgradeTo != null) {
                r.headers().set(HttpHeaderNames.UPGRADE, upgradeTo);
            }
            r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderNames.UPGRADE);
        } else {
            if (!headOrEmpty && (chunked || !knownLength)) {
                if (clientVersion.equals(HttpVersion.HTTP_1_1)) {
                    HttpUtil.setTransferEncodingChunked(r, true);
                } else {
                    fe.closeAfterResponse(); // HTTP/1.0: the end of the body is the end of the connection
                }
            }
            if (!clientKeepAlive || fe.closing() || !requestDone) {
                r.headers().set(HttpHeaderNames.CONNECTION, "close");
                fe.closeAfterResponse();
            } else if (clientVersion.equals(HttpVersion.HTTP_1_0)) {
                r.headers().set(HttpHeaderNames.CONNECTION, "keep-alive");
            }
        }
        r.setProtocolVersion(HttpVersion.HTTP_1_1);
        if (capture != null) {
            capture.responseHead(r);
        }
        fe.write(r);
        return true;
    }

    private void responseContent(HttpContent c) {
        if (informational) {
            // the empty end of a 1xx response: the client's encoder expects it after the interim head
            if (c instanceof LastHttpContent) {
                informational = false;
            }
            if (informationalDropped) {
                c.release();
            } else {
                fe.write(c);
            }
            return;
        }
        if (c.decoderResult().isFailure()) {
            c.release();
            backendBroken("the backend's response broke off: "
                    + c.decoderResult().cause().getMessage());
            return;
        }
        responseBytes += c.content().readableBytes();
        boolean last = c instanceof LastHttpContent;
        if (capture != null && !capture.responseBody(c, last)) {
            capture = null;
        }
        fe.write(c);
        if (last) {
            responseDone = true;
            if (upgrade) {
                Tunnel.connect(fe, conn, plane.settings());
                conn = null;
            }
            finish(status);
        } else if (!fe.writable() && conn != null) {
            conn.pauseReading();
        }
    }

    @Override
    public void responseReadComplete() {
        fe.flush();
    }

    @Override
    public void connectFailed(Throwable cause, FailureKind kind) {
        if (finished) {
            return;
        }
        error = kind.id() + ": " + cause.getMessage();
        if (canFallBack(true)) {
            fallBack();
            return;
        }
        fail(
                kind == FailureKind.TIMEOUT || kind == FailureKind.POOL
                        ? statusFor(kind)
                        : HttpResponseStatus.BAD_GATEWAY,
                error);
    }

    @Override
    public void backendFailed(Throwable cause, FailureKind kind) {
        boolean wasReused = conn != null && conn.reused();
        conn = null;
        if (finished) {
            return;
        }
        plane.metrics().backendError(backend.name(), kind.id());
        if (responseStarted) {
            error = "the backend stopped mid-response (" + kind.id() + ")";
            abort();
            return;
        }
        afterBackendFailure(cause, kind, wasReused);
    }

    /** The backend failed before any response byte reached the client: retry, fall back, or answer 502/504. */
    private void afterBackendFailure(Throwable cause, FailureKind kind, boolean wasReused) {
        if (kind == FailureKind.RESET && wasReused && !retried && replayable && idempotent()) {
            retried = true; // a pooled connection the backend had just closed: once more on a fresh one
            acquire(backend);
            return;
        }
        error = kind.id() + ": " + cause.getMessage();
        if (canFallBack(false)) {
            fallBack();
            return;
        }
        fail(kind == FailureKind.TIMEOUT ? HttpResponseStatus.GATEWAY_TIMEOUT : HttpResponseStatus.BAD_GATEWAY, error);
    }

    private static HttpResponseStatus statusFor(FailureKind kind) {
        return kind == FailureKind.POOL ? HttpResponseStatus.SERVICE_UNAVAILABLE : HttpResponseStatus.GATEWAY_TIMEOUT;
    }

    /** The target failed before answering: may the request go to legacy instead? */
    private boolean canFallBack(boolean connectFailure) {
        if (side != Side.TARGET
                || fellBack
                || route.isDefault()
                || !route.config().fallbackToLegacy()) {
            return false;
        }
        // after a connect failure nothing was sent; after a reset only a bodiless request can be sent again
        return idempotent() && (connectFailure || replayable);
    }

    private boolean idempotent() {
        return method.equals(HttpMethod.GET)
                || method.equals(HttpMethod.HEAD)
                || method.equals(HttpMethod.OPTIONS)
                || method.equals(HttpMethod.PUT)
                || method.equals(HttpMethod.DELETE)
                || method.equals(HttpMethod.TRACE);
    }

    private void fallBack() {
        fellBack = true;
        plane.routing().recordTarget(route, System.nanoTime() - startNanos, true);
        route.metrics().fallback();
        side = Side.LEGACY;
        requestSent = false;
        acquire(plane.backends().get(route.legacyBackend()));
    }

    private void backendBroken(String why) {
        BackendConnection c = conn;
        boolean wasReused = c != null && c.reused();
        conn = null;
        if (c != null) {
            c.release(false);
        }
        if (responseStarted) {
            error = why;
            abort();
        } else {
            plane.metrics().backendError(backend.name(), "reset");
            afterBackendFailure(new java.io.IOException(why), FailureKind.RESET, wasReused);
        }
    }

    /** Answers the client with a proxy error, before any response byte was sent. */
    private void fail(HttpResponseStatus failure, String why) {
        error = why;
        if (responseStarted) {
            abort();
            return;
        }
        boolean close = !requestDone || !clientKeepAlive || fe.closing();
        if (close) {
            fe.closeAfterResponse();
        }
        fe.write(Responses.of(fe.channel().alloc(), failure, close));
        fe.flush();
        status = failure.code();
        finish(status);
    }

    /** The response cannot be completed: the client connection is closed so it does not take it as whole. */
    private void abort() {
        fe.closeAfterResponse();
        fe.flush();
        finish(status == 0 ? 502 : status);
        fe.channel().close();
    }

    /** The client closed its connection while this exchange was running. */
    void clientClosed() {
        if (finished) {
            return;
        }
        error = "the client closed the connection";
        finish(status == 0 ? 499 : status);
    }

    /** Body or response stalls (from the frontend timer). */
    void checkClientTimeouts(long now, Settings s) {
        if (!requestDone
                && now - fe.lastRead() > s.clientBodyNanos()
                && fe.channel().config().isAutoRead()) {
            error = "the client stopped sending the request body";
            if (responseStarted) {
                abort();
            } else {
                plane.metrics().refused("408");
                fail(HttpResponseStatus.REQUEST_TIMEOUT, error);
            }
        } else if (fe.unwritableSince() != 0 && now - fe.unwritableSince() > s.clientBodyNanos()) {
            error = "the client stopped reading the response";
            abort();
        }
    }

    private void finish(int finalStatus) {
        if (finished) {
            return;
        }
        finished = true;
        fe.flush(); // the backend's read-complete will not reach this exchange any more
        long nanos = System.nanoTime() - startNanos;
        BackendConnection c = conn;
        conn = null;
        if (c != null) {
            c.release(backendReusable && requestSent && responseDone);
        }
        if (pending != null) {
            HttpContent content;
            while ((content = pending.poll()) != null) {
                content.release();
            }
        }
        route.metrics().record(stage, side, finalStatus, nanos);
        if (side == Side.TARGET && !route.isDefault()) {
            plane.routing().recordTarget(route, nanos, finalStatus >= 500);
        }
        plane.accessLog().exchange(this, finalStatus, nanos);
        Capture cap = capture;
        capture = null;
        if (cap != null) {
            if (finalStatus == status && error.isEmpty()) {
                plane.mirror().submit(cap);
            } else {
                cap.discard();
            }
        }
        if (!upgrade) {
            fe.exchangeDone(this, clientKeepAlive && requestDone && error.isEmpty());
        }
    }

    // access log fields

    String method() {
        return method.name();
    }

    String uri() {
        return uri;
    }

    String clientAddress() {
        return fe.clientAddress();
    }

    RouteRuntime route() {
        return route;
    }

    Stage stage() {
        return stage;
    }

    Side side() {
        return side;
    }

    String backendName() {
        return backend == null ? "" : backend.name();
    }

    String traceId() {
        return traceId;
    }

    long requestBytes() {
        return requestBytes;
    }

    long responseBytes() {
        return responseBytes;
    }

    boolean fellBack() {
        return fellBack;
    }

    String error() {
        return error;
    }
}
