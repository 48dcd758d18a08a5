package dev.carve.proxy.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.AsciiString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Header rules of a proxy: hop-by-hop headers (and those the Connection header names) are dropped, forwarding
 * headers are added, and the W3C trace context is propagated or started.
 */
final class ProxyHeaders {
    static final AsciiString X_FORWARDED_FOR = AsciiString.cached("x-forwarded-for");
    static final AsciiString X_FORWARDED_PROTO = AsciiString.cached("x-forwarded-proto");
    static final AsciiString X_FORWARDED_HOST = AsciiString.cached("x-forwarded-host");
    static final AsciiString FORWARDED = AsciiString.cached("forwarded");
    static final AsciiString TRACEPARENT = AsciiString.cached("traceparent");
    static final AsciiString TRACESTATE = AsciiString.cached("tracestate");
    private static final AsciiString PROXY_CONNECTION = AsciiString.cached("proxy-connection");
    private static final AsciiString TRAILER = AsciiString.cached("trailer");
    private static final AsciiString[] HOP_BY_HOP = {
        HttpHeaderNames.CONNECTION, HttpHeaderNames.KEEP_ALIVE, PROXY_CONNECTION, HttpHeaderNames.PROXY_AUTHENTICATE,
        HttpHeaderNames.PROXY_AUTHORIZATION, HttpHeaderNames.TE, TRAILER, HttpHeaderNames.TRAILER,
        HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderNames.UPGRADE
    };
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private ProxyHeaders() {}

    /**
     * Whether the message's body is chunked; like {@link HttpUtil#isTransferEncodingChunked} but without its value
     * iterator (an allocation per call) when there is no Transfer-Encoding header, the usual case.
     */
    static boolean chunked(HttpMessage m) {
        return m.headers().contains(HttpHeaderNames.TRANSFER_ENCODING) && HttpUtil.isTransferEncodingChunked(m);
    }

    /** {@link HttpUtil#isKeepAlive}, without its value iterator when there is no Connection header. */
    static boolean keepAlive(HttpMessage m) {
        return m.headers().contains(HttpHeaderNames.CONNECTION)
                ? HttpUtil.isKeepAlive(m)
                : m.protocolVersion().isKeepAliveDefault();
    }

    /** Removes hop-by-hop headers and any header the Connection header names (never Host or Content-Length). */
    static void removeHopByHop(HttpHeaders h) {
        List<String> named = null;
        Iterator<String> values = h.valueStringIterator(HttpHeaderNames.CONNECTION);
        while (values.hasNext()) {
            String connection = values.next();
            if (HttpHeaderValues.KEEP_ALIVE.contentEqualsIgnoreCase(connection)
                    || HttpHeaderValues.CLOSE.contentEqualsIgnoreCase(connection)) {
                continue; // the usual value names no other header: no split, no list
            }
            for (String token : connection.split(",")) {
                String t = token.trim();
                if (!t.isEmpty()
                        && !HttpHeaderValues.CLOSE.contentEqualsIgnoreCase(t)
                        && !HttpHeaderValues.KEEP_ALIVE.contentEqualsIgnoreCase(t)
                        && !HttpHeaderNames.HOST.contentEqualsIgnoreCase(t)
                        && !HttpHeaderNames.CONTENT_LENGTH.contentEqualsIgnoreCase(t)) {
                    (named == null ? named = new ArrayList<>() : named).add(t);
                }
            }
        }
        for (AsciiString name : HOP_BY_HOP) {
            h.remove(name);
        }
        if (named != null) {
            for (String name : named) {
                h.remove(name);
            }
        }
    }

    /** Adds X-Forwarded-For/Proto/Host and Forwarded for the client of {@code fe}. */
    static void addForwarding(HttpHeaders h, FrontendHandler fe, boolean tls, Settings s) {
        String clientAddress = fe.clientAddress();
        String proto = tls ? "https" : "http";
        String host = h.get(HttpHeaderNames.HOST);
        if (s.trustForwarded()) {
            String xff = h.get(X_FORWARDED_FOR);
            h.set(X_FORWARDED_FOR, xff == null ? clientAddress : xff + ", " + clientAddress);
            if (!h.contains(X_FORWARDED_PROTO)) {
                h.set(X_FORWARDED_PROTO, proto);
            }
            if (host != null && !h.contains(X_FORWARDED_HOST)) {
                h.set(X_FORWARDED_HOST, host);
            }
        } else {
            h.set(X_FORWARDED_FOR, clientAddress);
            h.set(X_FORWARDED_PROTO, proto);
            if (host != null) {
                h.set(X_FORWARDED_HOST, host);
            } else {
                h.remove(X_FORWARDED_HOST);
            }
        }
        if (s.forwardedHeader()) {
            String element = fe.forwardedElement(proto, host);
            String existing = s.trustForwarded() ? h.get(FORWARDED) : null;
            h.set(FORWARDED, existing == null ? element : existing + ", " + element);
        } else if (!s.trustForwarded()) {
            h.remove(FORWARDED);
        }
    }

    static String forwardedElement(String clientAddress, String proto, String host) {
        StringBuilder b = new StringBuilder(64).append("for=");
        if (clientAddress.indexOf(':') >= 0) {
            b.append("\"[").append(clientAddress).append("]\"");
        } else {
            b.append(clientAddress);
        }
        b.append(";proto=").append(proto);
        if (host != null && isToken(host)) {
            b.append(";host=").append(host);
        } else if (host != null && host.indexOf('\\') < 0 && host.indexOf('"') < 0) {
            b.append(";host=\"").append(host).append('"');
        } else if (host != null) {
            b.append(";host=\"")
                    .append(host.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return b.toString();
    }

    /** Keeps a valid traceparent, or starts a new trace; returns the trace id for the access log. */
    static String traceparent(HttpHeaders h) {
        String tp = h.get(TRACEPARENT);
        if (tp != null && validTraceparent(tp)) {
            return tp.substring(3, 35);
        }
        if (tp != null) {
            h.remove(TRACESTATE); // tracestate without a valid traceparent must be dropped
        }
        ThreadLocalRandom r = ThreadLocalRandom.current();
        byte[] out = new byte[55];
        out[0] = '0';
        out[1] = '0';
        out[2] = '-';
        hex(r.nextLong() | 1L, out, 3);
        hex(r.nextLong(), out, 19);
        out[35] = '-';
        hex(r.nextLong() | 1L, out, 36);
        out[52] = '-';
        out[53] = '0';
        out[54] = '1';
        String value = new String(out, StandardCharsets.ISO_8859_1);
        h.set(TRACEPARENT, value);
        return value.substring(3, 35);
    }

    static boolean validTraceparent(String tp) {
        if (tp.length() < 55 || tp.charAt(2) != '-' || tp.charAt(35) != '-' || tp.charAt(52) != '-') {
            return false;
        }
        if (tp.startsWith("ff") || (tp.startsWith("00") && tp.length() != 55)) {
            return false;
        }
        return lowerHex(tp, 0, 2)
                && lowerHex(tp, 3, 35)
                && lowerHex(tp, 36, 52)
                && lowerHex(tp, 53, 55)
                && !allZero(tp, 3, 35)
                && !allZero(tp, 36, 52);
    }

    private static boolean lowerHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allZero(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static void hex(long v, byte[] out, int at) {
        for (int i = 15; i >= 0; i--) {
            out[at + i] = HEX[(int) (v & 0xf)];
            v >>>= 4;
        }
    }

    private static boolean isToken(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '~')) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /**
     * The protocol an upgrade request asks for, when the proxy relays it (WebSocket and others), else null. An
     * {@code h2c} upgrade is not relayed: it is hop-by-hop (its HTTP2-Settings header is named in Connection), the
     * proxy speaks HTTP/1.1 to clients, and clients such as Java's HttpClient ask for it on every first request; it
     * is served as the plain HTTP/1.1 request it also is (RFC 9113 section 3.2 lets a server ignore it).
     */
    static String relayedUpgrade(HttpHeaders h) {
        if (!h.containsValue(HttpHeaderNames.CONNECTION, "upgrade", true)) {
            return null;
        }
        String upgrade = h.get(HttpHeaderNames.UPGRADE);
        if (upgrade == null || upgrade.isBlank() || upgrade.trim().regionMatches(true, 0, "h2c", 0, 3)) {
            h.remove(HttpHeaderNames.UPGRADE);
            return null;
        }
        return upgrade;
    }
}
