package dev.carve.proxy.shadow;

import java.util.Map;

/**
 * A response as the comparison sees it: status, the headers that matter (lower-case names), and the body bytes
 * exactly as sent (possibly gzip- or deflate-encoded, see {@code content-encoding}).
 */
public record CapturedResponse(int status, Map<String, String> headers, byte[] body) {
    public CapturedResponse {
        headers = Map.copyOf(headers);
    }

    public String header(String lowerCaseName) {
        return headers.getOrDefault(lowerCaseName, "");
    }
}
