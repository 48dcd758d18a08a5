package dev.carve.proxy.http;

import dev.carve.proxy.route.RouteRuntime;
import dev.carve.proxy.shadow.CapturedResponse;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bounded copy of one shadowed exchange, taken while it streams: the forwarded request (method, URI, headers,
 * body) and the legacy response (status, headers, body). Anything larger than {@code mirroring.maxBodySize} is
 * abandoned and counted as skipped; the client's exchange is never held up.
 */
final class Capture {
    final RouteRuntime route;
    final String method;
    final String uri;
    final HttpHeaders requestHeaders;
    final boolean learn;
    private final int limit;
    private byte[] requestBody = new byte[0];
    private int requestLength;
    private int status;
    private final Map<String, String> responseHeaders = new HashMap<>();
    private byte[] responseBody = new byte[0];
    private int responseLength;

    Capture(RouteRuntime route, HttpRequest request, int limit, boolean learn) {
        this.route = route;
        this.method = request.method().name();
        this.uri = request.uri();
        this.requestHeaders = request.headers().copy();
        this.limit = limit;
        this.learn = learn;
    }

    boolean requestBody(HttpContent c, boolean last) {
        if (!append(c.content(), true)) {
            route.diffs().skipped();
            return false;
        }
        return true;
    }

    void responseHead(HttpResponse r) {
        status = r.status().code();
        keepHeaders(r.headers(), route.comparator().capturedHeaders(), responseHeaders);
    }

    /** Copies the first value of each of {@code names} (lower case) that {@code from} has. */
    static void keepHeaders(HttpHeaders from, List<String> names, Map<String, String> into) {
        for (String name : names) {
            String v = from.get(name);
            if (v != null) {
                into.put(name, v);
            }
        }
    }

    boolean responseBody(HttpContent c, boolean last) {
        if (!append(c.content(), false)) {
            route.diffs().skipped();
            return false;
        }
        return true;
    }

    private boolean append(ByteBuf buf, boolean request) {
        int n = buf.readableBytes();
        if (n == 0) {
            return true;
        }
        int length = request ? requestLength : responseLength;
        if (length + n > limit) {
            return false;
        }
        byte[] target = request ? requestBody : responseBody;
        if (length + n > target.length) {
            target = Arrays.copyOf(target, Math.min(limit, Math.max(length + n, target.length * 2 + 256)));
        }
        buf.getBytes(buf.readerIndex(), target, length, n);
        if (request) {
            requestBody = target;
            requestLength += n;
        } else {
            responseBody = target;
            responseLength += n;
        }
        return true;
    }

    byte[] requestBody() {
        return Arrays.copyOf(requestBody, requestLength);
    }

    CapturedResponse legacyResponse() {
        return new CapturedResponse(status, responseHeaders, Arrays.copyOf(responseBody, responseLength));
    }

    int legacyStatus() {
        return status;
    }

    void discard() {
        requestBody = null;
        responseBody = null;
    }
}
