package dev.carve.proxy;

import java.util.List;

/**
 * The proxy as the admin API reports it.
 *
 * @param lastReload {@code ok}, or the message of the last rejected reload (file, line, key)
 */
public record ProxyStatus(
        String transport,
        int port,
        long uptimeSeconds,
        boolean draining,
        String configFile,
        String lastReload,
        long openConnections,
        List<RouteStatus> routes) {}
