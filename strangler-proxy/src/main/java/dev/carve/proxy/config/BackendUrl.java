package dev.carve.proxy.config;

import java.net.URI;
import java.util.Locale;

/** A backend's base URL taken apart, validated the same way when the config loads and when the proxy connects. */
public record BackendUrl(boolean tls, String host, int port, String basePath) {

    /** Parses {@code http(s)://host[:port][/prefix]}; throws {@link IllegalArgumentException} saying what to fix. */
    public static BackendUrl parse(String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + url + "' is not a URL; write it like http://127.0.0.1:8080.", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("'" + url + "' must start with http:// or https://.");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + url + "' has no host; write it like http://127.0.0.1:8080.");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("'" + url + "' may have a path prefix but no query or fragment.");
        }
        boolean tls = scheme.equals("https");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new BackendUrl(tls, host, port, path);
    }

    /** The value for a Host header naming this backend. */
    public String authority() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return (tls && port == 443) || (!tls && port == 80) ? h : h + ":" + port;
    }
}
