package dev.carve.proxy.http;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;

/**
 * Request headers that remember whether Content-Length or Host came more than once. Netty rejects duplicate
 * Content-Length in HTTP/1.1 itself but folds it in HTTP/1.0, where it is as ambiguous; the proxy refuses both.
 */
final class CheckedHeaders extends DefaultHttpHeaders {
    static final HttpHeadersFactory FACTORY = new HttpHeadersFactory() {
        @Override
        public HttpHeaders newHeaders() {
            return new CheckedHeaders();
        }

        @Override
        public HttpHeaders newEmptyHeaders() {
            return new CheckedHeaders();
        }
    };

    private boolean duplicateLength;
    private boolean duplicateHost;

    @Override
    public HttpHeaders add(CharSequence name, Object value) {
        if (HttpHeaderNames.CONTENT_LENGTH.contentEqualsIgnoreCase(name) && contains(HttpHeaderNames.CONTENT_LENGTH)) {
            duplicateLength = true;
        } else if (HttpHeaderNames.HOST.contentEqualsIgnoreCase(name) && contains(HttpHeaderNames.HOST)) {
            duplicateHost = true;
        }
        return super.add(name, value);
    }

    @Override
    public HttpHeaders add(String name, Object value) {
        return add((CharSequence) name, value);
    }

    boolean duplicateContentLength() {
        return duplicateLength;
    }

    boolean duplicateHost() {
        return duplicateHost;
    }
}
