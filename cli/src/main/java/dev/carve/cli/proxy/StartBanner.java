package dev.carve.cli.proxy;

import dev.carve.proxy.CarveProxy;
import dev.carve.proxy.RouteStatus;
import dev.carve.proxy.config.ProxyConfigs;
import java.io.PrintWriter;
import java.nio.file.Path;

/** What {@code carve proxy} prints once it listens: addresses, the admin token's whereabouts, the routes. */
record StartBanner(CarveProxy proxy, Path config, String section) {
    void print(PrintWriter out) {
        var c = proxy.config();
        String host = c.listen().host();
        String scheme = c.tls().enabled() ? "https" : "http";
        out.println("Carve proxy running (Ctrl-C drains and stops).");
        out.println("  listening: " + scheme + "://" + hostPort(host, proxy.port())
                + (host.equals("0.0.0.0") || host.equals("::") ? "  (all interfaces)" : ""));
        out.println("  admin API: " + proxy.adminUrl());
        String token = proxy.adminTokenFile()
                .map(Path::toString)
                .orElse(c.admin().token().isBlank() ? "in memory only (admin.tokenFile is empty)" : "admin.token");
        out.println("  token:     " + token);
        out.println("  config:    " + config.toAbsolutePath().normalize()
                + (section.isEmpty() ? "" : " (section " + section + ", not reloaded)"));
        if (!c.state().file().isBlank()) {
            out.println("  state:     "
                    + ProxyConfigs.baseDirOf(config).resolve(c.state().file()).normalize());
        }
        var routes = proxy.admin().status().routes();
        out.println("  routes:    " + (routes.isEmpty() ? "none (everything goes to " + c.legacy() + ")" : ""));
        for (RouteStatus r : routes) {
            out.println("    " + r.name() + ": " + StatusTable.stageText(r) + "  " + r.legacy() + " -> " + r.target());
        }
        out.println("Control it with: carve proxy status --config " + config
                + (section.isEmpty() ? "" : " --section " + section));
        out.flush();
    }

    private static String hostPort(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
