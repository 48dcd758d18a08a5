package dev.carve.proxy.http;

import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.ContentLengthNotAllowedException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.codec.http.TransferEncodingNotAllowedException;
import java.util.List;

/**
 * The checks a request head must pass before it is forwarded: it decoded cleanly within the size limits, its body
 * length is unambiguous (no Content-Length with Transfer-Encoding, no Transfer-Encoding in HTTP/1.0, no duplicate Content-Length, no transfer coding
 * but chunked), it names one Host, and its declared body fits the limit.
 */
final class RequestChecks {
    private RequestChecks() {}

    /** Why a request is refused: the status to answer and the reason counted in metrics. */
    record Refusal(HttpResponseStatus status, String reason) {}

    static Refusal check(HttpRequest req, Settings s) {
        DecoderResult result = req.decoderResult();
        if (result.isFailure()) {
            Throwable cause = result.cause();
            if (cause instanceof TooLongHttpLineException) {
                return new Refusal(HttpResponseStatus.REQUEST_URI_TOO_LONG, "414");
            }
            if (cause instanceof TooLongHttpHeaderException) {
                return new Refusal(HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "431");
            }
            if (cause instanceof ContentLengthNotAllowedException
                    || cause instanceof TransferEncodingNotAllowedException
                    || String.valueOf(cause.getMessage()).contains("Content-Length")) {
                return new Refusal(HttpResponseStatus.BAD_REQUEST, "smuggling");
            }
            return new Refusal(HttpResponseStatus.BAD_REQUEST, "400");
        }
        HttpHeaders h = req.headers();
        if (h instanceof CheckedHeaders checked && checked.duplicateContentLength()) {
            return new Refusal(HttpResponseStatus.BAD_REQUEST, "smuggling");
        }
        List<String> te =
                h.contains(HttpHeaderNames.TRANSFER_ENCODING) ? h.getAll(HttpHeaderNames.TRANSFER_ENCODING) : List.of();
        if (!te.isEmpty()) {
            // Netty refuses this too, unless -Dio.netty.handler.codec.http.rfc9112TransferEncoding=false: an
            // HTTP/1.0 backend would read the chunked body as the start of the next request
            if (!req.protocolVersion().equals(HttpVersion.HTTP_1_1) || h.contains(HttpHeaderNames.CONTENT_LENGTH)) {
                return new Refusal(HttpResponseStatus.BAD_REQUEST, "smuggling");
            }
            if (te.size() != 1
                    || !HttpHeaderValues.CHUNKED.contentEqualsIgnoreCase(
                            te.get(0).trim())) {
                String lastValue = te.get(te.size() - 1);
                String lastCoding =
                        lastValue.substring(lastValue.lastIndexOf(',') + 1).trim();
                boolean endsChunked = HttpHeaderValues.CHUNKED.contentEqualsIgnoreCase(lastCoding);
                return endsChunked
                        ? new Refusal(HttpResponseStatus.NOT_IMPLEMENTED, "501")
                        : new Refusal(HttpResponseStatus.BAD_REQUEST, "smuggling");
            }
        }
        if (h instanceof CheckedHeaders checked && checked.duplicateHost()) {
            return new Refusal(HttpResponseStatus.BAD_REQUEST, "400");
        }
        if (req.protocolVersion().equals(HttpVersion.HTTP_1_1) && !h.contains(HttpHeaderNames.HOST)) {
            return new Refusal(HttpResponseStatus.BAD_REQUEST, "400");
        }
        if (req.method().equals(HttpMethod.CONNECT)) {
            return new Refusal(HttpResponseStatus.METHOD_NOT_ALLOWED, "405");
        }
        if (HttpUtil.getContentLength(req, 0L) > s.maxBody()) {
            return new Refusal(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "413");
        }
        return null;
    }
}
