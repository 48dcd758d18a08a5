package dev.carve.analyzer.model;

import java.util.Objects;

/**
 * A way into the application, with what the strangler proxy needs to route it.
 *
 * @param id stable identifier, e.g. {@code GET /api/orders/{id}} or {@code scheduled:com.acme.job.Nightly#run}
 * @param kind how it is entered
 * @param type the declaring type
 * @param method the handler method's signature, or empty
 * @param httpMethod {@code GET}, {@code POST}, ... for HTTP; {@code *} for any; empty otherwise
 * @param path the URL pattern for HTTP and servlets ({@code /api/orders/{id}}, {@code /legacy/*}); empty otherwise
 * @param location where it is declared
 */
public record EntryPoint(
        String id,
        EntryPointKind kind,
        String type,
        String method,
        String httpMethod,
        String path,
        SourceLocation location) {

    public EntryPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(location, "location");
    }

    public static EntryPoint http(String httpMethod, String path, String type, String method, SourceLocation at) {
        return new EntryPoint(httpMethod + " " + path, EntryPointKind.HTTP, type, method, httpMethod, path, at);
    }

    public boolean isHttp() {
        return kind == EntryPointKind.HTTP || kind == EntryPointKind.SERVLET;
    }
}
