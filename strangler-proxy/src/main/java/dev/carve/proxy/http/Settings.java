package dev.carve.proxy.http;

import dev.carve.proxy.config.ProxyConfig;

/** The data-plane settings of one config version, in the units the hot path wants. */
record Settings(
        long connectMillis,
        long backendReadNanos,
        long clientHeaderNanos,
        long clientBodyNanos,
        long clientIdleNanos,
        long tunnelIdleNanos,
        long poolIdleNanos,
        long acquireNanos,
        long maxBody,
        boolean trustForwarded,
        boolean forwardedHeader,
        boolean preserveHost,
        int maxBodyCapture,
        int maxConnectionsPerBackend,
        int maxRequestLine,
        int maxHeaderSize) {

    static Settings of(ProxyConfig c) {
        return new Settings(
                c.timeouts().connect().millis(),
                c.timeouts().backendRead().nanos(),
                c.timeouts().clientHeader().nanos(),
                c.timeouts().clientBody().nanos(),
                c.timeouts().clientIdle().nanos(),
                c.timeouts().tunnelIdle().nanos(),
                c.pool().idleTimeout().nanos(),
                c.pool().acquireTimeout().nanos(),
                c.limits().maxRequestBody().bytes(),
                c.forwarding().trustIncoming(),
                c.forwarding().forwarded(),
                c.forwarding().preserveHost(),
                c.mirroring().maxBodySize().intBytes(),
                c.pool().maxConnections(),
                c.limits().maxRequestLine().intBytes(),
                c.limits().maxHeaderSize().intBytes());
    }

    /** How often a connection checks its timeouts: a quarter of the shortest, between 20 ms and 1 s. */
    long tickNanos() {
        long shortest =
                Math.min(Math.min(clientHeaderNanos, clientBodyNanos), Math.min(backendReadNanos, poolIdleNanos));
        return Math.max(20_000_000L, Math.min(1_000_000_000L, shortest / 4));
    }
}
