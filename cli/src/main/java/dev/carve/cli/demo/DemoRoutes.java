package dev.carve.cli.demo;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.proposal.Module;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The proxy routes of one module, from its HTTP entry points ({@code "GET /api/coupons/{code}/validate"}): the reads
 * (safe methods) and the writes, as two routes the demo moves legacy → shadow → canary → new together. Shadow
 * mirrors only the reads (a mirrored write would commit twice); in canary both routes split clients the same way.
 * The writes can move because the sync runs both ways: what the new service writes is copied back to legacy.
 */
record DemoRoutes(String module, List<String> readEndpoints, List<String> writeEndpoints) {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> HTTP_METHODS = Set.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE");

    DemoRoutes {
        readEndpoints = List.copyOf(readEndpoints);
        writeEndpoints = List.copyOf(writeEndpoints);
    }

    static DemoRoutes of(Module module) {
        List<String> reads = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        for (String entry : module.entryPoints()) {
            int space = entry.indexOf(' ');
            if (space < 0 || !HTTP_METHODS.contains(entry.substring(0, space)) || !entry.startsWith("/", space + 1)) {
                continue; // scheduled jobs, event listeners: not traffic
            }
            (SAFE.contains(entry.substring(0, space)) ? reads : writes).add(entry);
        }
        if (reads.isEmpty()) {
            throw CarveException.badInput("module '" + module.name() + "' has no HTTP read endpoints to move through"
                    + " the proxy (its entry points: " + module.entryPoints() + "); pick another with --module");
        }
        return new DemoRoutes(module.name(), reads, writes);
    }

    /** Whether a module has HTTP reads the demo can move (the demo picks the first such in the extraction order). */
    static boolean movable(Module module) {
        return module.entryPoints().stream().anyMatch(e -> SAFE.stream().anyMatch(m -> e.startsWith(m + " /")));
    }

    String readRoute() {
        return module;
    }

    String writeRoute() {
        return module + "-writes";
    }

    /** A {@code carve-proxy.yaml} in front of the monolith with this module's routes, both starting in legacy. */
    String proxyYaml(String legacyUrl, String targetUrl) {
        StringBuilder y = new StringBuilder();
        y.append(
                "# carve demo: the strangler proxy in front of the sample monolith (see docs/formats/carve-proxy.md)\n");
        y.append("listen: {host: 127.0.0.1, port: 0}\n");
        y.append("admin: {host: 127.0.0.1, port: 0, tokenFile: \"\"}\n");
        y.append("state: {file: \"\"}\n");
        y.append("reloadInterval: 0\n");
        y.append("backends:\n");
        y.append("  - {name: legacy, url: ").append(quote(legacyUrl)).append("}\n");
        y.append("  - {name: ")
                .append(quote(module))
                .append(", url: ")
                .append(quote(targetUrl))
                .append("}\n");
        y.append("routes:\n");
        route(y, readRoute(), readEndpoints, true);
        if (!writeEndpoints.isEmpty()) {
            route(y, writeRoute(), writeEndpoints, false);
        }
        return y.toString();
    }

    private void route(StringBuilder y, String name, List<String> endpoints, boolean reads) {
        Set<String> methods = new LinkedHashSet<>();
        Set<String> paths = new LinkedHashSet<>();
        for (String e : endpoints) {
            int space = e.indexOf(' ');
            methods.add(e.substring(0, space).toUpperCase(Locale.ROOT));
            paths.add(e.substring(space + 1));
        }
        if (reads) {
            methods.add("HEAD");
        }
        y.append("  - name: ").append(quote(name)).append('\n');
        y.append("    paths: [")
                .append(String.join(", ", paths.stream().map(DemoRoutes::quote).toList()))
                .append("]\n");
        y.append("    methods: [").append(String.join(", ", methods)).append("]\n");
        y.append("    target: ").append(quote(module)).append('\n');
        y.append("    stage: legacy\n");
        // each workload client names itself in X-Client-Id: a client stays on one side of the split, the same side
        // for the reads and the writes (the split hashes only the client's key)
        y.append("    canary: {percent: 10, stickyBy: header, stickyName: X-Client-Id}\n");
        if (reads) {
            y.append("    shadow: {ignore: [\"$..generatedAt\", \"$..updatedAt\"]}\n");
        }
        // the module's routes see about one request a second at a 50 % canary: a 20 s window holds enough of them
        // for the error-rate gate to act within seconds of a crash; a shadow diff while a fresh row is still on its
        // way through the sync (lag) is noise, so one stray diff among five must not roll the route back
        y.append("    gates: {window: 20s, minRequests: 5, maxErrorRate: 0.1, maxDiffRate: 0.25}\n");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
