package dev.carve.proxy.route;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.util.List;

/** The routes of one config version in file order, and the default pseudo-route for everything else. */
public final class RouteTable {
    private final RouteRuntime[] routes;
    private final RouteRuntime fallback;

    RouteTable(List<RouteRuntime> routes, RouteRuntime fallback) {
        this.routes = routes.toArray(new RouteRuntime[0]);
        this.fallback = fallback;
    }

    /** The first route that takes this request, or the default pseudo-route. */
    public RouteRuntime match(HttpMethod method, String uri, HttpHeaders headers) {
        for (RouteRuntime r : routes) {
            if (r.matches(method, uri, headers)) {
                return r;
            }
        }
        return fallback;
    }

    public List<RouteRuntime> routes() {
        return List.of(routes);
    }

    public RouteRuntime fallback() {
        return fallback;
    }
}
