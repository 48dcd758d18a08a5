package dev.carve.analyzer.runtime;

import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.EntryPoint;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Matches the entry points a trace saw to the static graph's: the same id; else for HTTP the same path with the same
 * (or any) method; else the same handler type and method name.
 */
final class EntryPointMatch {
    private final Map<String, String> toStatic = new HashMap<>();
    private final TypeResolution names;

    private EntryPointMatch(TypeResolution names) {
        this.names = names;
    }

    static EntryPointMatch of(CodeGraph base, CodeGraph runtime, TypeResolution names) {
        EntryPointMatch m = new EntryPointMatch(names);
        for (EntryPoint ep : runtime.entryPoints()) {
            m.find(base, ep).ifPresent(id -> m.toStatic.put(ep.id(), id));
        }
        return m;
    }

    private Optional<String> find(CodeGraph base, EntryPoint ep) {
        if (base.entryPoint(ep.id()).isPresent()) {
            return Optional.of(ep.id());
        }
        if (ep.isHttp()) {
            Optional<String> byRoute = base.entryPoints().stream()
                    .filter(EntryPoint::isHttp)
                    .filter(s -> path(s.path()).equals(path(ep.path())))
                    .filter(s -> s.httpMethod().equals(ep.httpMethod())
                            || s.httpMethod().equals("*")
                            || ep.httpMethod().equals("*"))
                    .map(EntryPoint::id)
                    .findFirst();
            if (byRoute.isPresent()) {
                return byRoute;
            }
        }
        String type = names.resolve(ep.type());
        if (ep.method().isEmpty()) {
            return Optional.empty();
        }
        return base.entryPoints().stream()
                .filter(s -> s.type().equals(type) && methodName(s.method()).equals(ep.method()))
                .filter(s -> !ep.isHttp() || s.isHttp())
                .map(EntryPoint::id)
                .findFirst();
    }

    Optional<String> staticId(String runtimeId) {
        return Optional.ofNullable(toStatic.get(runtimeId));
    }

    int matched() {
        return toStatic.size();
    }

    EntryPoint renamed(EntryPoint ep) {
        return new EntryPoint(
                ep.id(), ep.kind(), names.resolve(ep.type()), ep.method(), ep.httpMethod(), ep.path(), ep.location());
    }

    /** {@code void place(com.acme.Order)} or {@code place} to {@code place}. */
    static String methodName(String signature) {
        int paren = signature.indexOf('(');
        String head = paren < 0 ? signature : signature.substring(0, paren);
        return head.substring(head.lastIndexOf(' ') + 1);
    }

    private static String path(String p) {
        String s = p.replaceAll("/+", "/");
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
