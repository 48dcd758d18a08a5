package dev.carve.proxy.config;

import java.util.List;

/**
 * The whole of {@code carve-proxy.yaml}. Every key is declared once here (or in {@link RouteConfig}) with its
 * description and default; the reference in {@code docs/formats/carve-proxy.md} is generated from these
 * declarations. Build one from YAML with {@link ProxyConfigs}, or in code with {@link ProxyConfigs#builder}.
 */
public record ProxyConfig(
        @ConfigKey(description = "Where clients connect.") Listen listen,

        @ConfigKey(description = "Optional TLS termination for client connections, from PEM files.")
        Tls tls,

        @ConfigKey(description = "The admin API (routes, stages, diffs, metrics, health) on its own port.")
        Admin admin,

        @ConfigKey(
                description = "The applications behind the proxy, by name: the legacy monolith and the extracted"
                        + " services. Routes refer to them by name.",
                required = true)
        List<Backend> backends,

        @ConfigKey(
                description = "Name of the backend that serves every request no route matches, and the legacy side"
                        + " of routes that do not name their own.",
                defaultValue = "legacy")
        String legacy,

        @ConfigKey(
                description = "Routes, matched in file order (the first match wins). Each moves one group of"
                        + " endpoints from the legacy backend to its target through the stages legacy, shadow,"
                        + " canary, new.")
        List<RouteConfig> routes,

        @ConfigKey(description = "Backend connection pools.")
        Pool pool,

        @ConfigKey(description = "Timeouts towards clients and backends.")
        Timeouts timeouts,

        @ConfigKey(description = "Request size limits (anything larger is refused with 431, 414 or 413).")
        Limits limits,

        @ConfigKey(description = "Forwarding headers added to requests sent to backends.")
        Forwarding forwarding,

        @ConfigKey(description = "The shadow mirror shared by all routes in stage shadow.")
        Mirroring mirroring,

        @ConfigKey(description = "The JSON access log.") AccessLog accessLog,

        @ConfigKey(description = "Where stage state is kept, so a restart keeps every route's stage.")
        State state,

        @ConfigKey(
                description =
                        "How often the config file is checked for changes (hot reload); 0 turns reloading" + " off.",
                defaultValue = "2s")
        TimeValue reloadInterval,

        @ConfigKey(description = "Event-loop threads of the data plane; 0 means one per CPU core.", defaultValue = "0")
        int threads) {

    public record Listen(
            @ConfigKey(description = "Address to bind; 0.0.0.0 for every interface.", defaultValue = "0.0.0.0")
            String host,

            @ConfigKey(description = "Port to bind; 0 lets the OS pick one (tests, demos).", defaultValue = "8080")
            int port) {}

    public record Tls(
            @ConfigKey(description = "Terminate TLS on the listen port.", defaultValue = "false")
            boolean enabled,

            @ConfigKey(
                    description = "PEM file with the certificate chain (server certificate first), relative to"
                            + " the config file.",
                    defaultValue = "")
            String certificate,

            @ConfigKey(
                    description = "PEM file with the private key in PKCS#8 form (BEGIN PRIVATE KEY), relative"
                            + " to the config file.",
                    defaultValue = "")
            String privateKey) {}

    public record Admin(
            @ConfigKey(
                    description = "Address of the admin API; keep it on loopback unless a firewall protects it.",
                    defaultValue = "127.0.0.1")
            String host,

            @ConfigKey(description = "Port of the admin API; 0 lets the OS pick one.", defaultValue = "8081")
            int port,

            @ConfigKey(
                    description = "File holding the bearer token the admin API requires, relative to the config"
                            + " file; created with a random token when missing. Empty keeps a random token in"
                            + " memory only (in-process use).",
                    defaultValue = ".carve/proxy-admin-token")
            String tokenFile,

            @ConfigKey(
                    description = "The bearer token itself. Prefer tokenFile; when set, this wins.",
                    defaultValue = "")
            String token) {}

    public record Backend(
            @ConfigKey(description = "Name routes use to refer to this backend.", required = true)
            String name,

            @ConfigKey(
                    description = "Base URL: http:// or https://, host, port and an optional path prefix.",
                    required = true,
                    example = "http://127.0.0.1:8080")
            String url) {}

    public record Pool(
            @ConfigKey(
                    description = "Most open connections to one backend (split evenly across event-loop threads);"
                            + " requests beyond it wait for a free connection.",
                    defaultValue = "512")
            int maxConnections,

            @ConfigKey(
                    description = "Close pooled connections idle this long. Keep it shorter than the backend's"
                            + " own keep-alive timeout so the proxy never reuses a connection the backend is"
                            + " closing.",
                    defaultValue = "15s")
            TimeValue idleTimeout,

            @ConfigKey(
                    description = "How long a request waits for a free connection before it gets 503.",
                    defaultValue = "5s")
            TimeValue acquireTimeout) {}

    public record Timeouts(
            @ConfigKey(description = "Connecting to a backend; a failure gives 502.", defaultValue = "2s")
            TimeValue connect,

            @ConfigKey(
                    description = "Waiting for the backend's response bytes (first byte, then between reads); a"
                            + " timeout gives 504.",
                    defaultValue = "30s")
            TimeValue backendRead,

            @ConfigKey(
                    description = "A client must send a complete request line and headers within this time after"
                            + " its first byte (slowloris protection); otherwise 408 and the connection closes.",
                    defaultValue = "10s")
            TimeValue clientHeader,

            @ConfigKey(
                    description = "A request body (or a response the client is not reading) that stalls this"
                            + " long closes the connection.",
                    defaultValue = "30s")
            TimeValue clientBody,

            @ConfigKey(description = "Idle keep-alive client connections are closed after this.", defaultValue = "60s")
            TimeValue clientIdle,

            @ConfigKey(
                    description = "Idle time after which an upgraded (WebSocket) connection is closed.",
                    defaultValue = "1h")
            TimeValue tunnelIdle,

            @ConfigKey(
                    description = "Graceful shutdown waits this long for in-flight requests to finish.",
                    defaultValue = "30s")
            TimeValue drain) {}

    public record Limits(
            @ConfigKey(description = "Largest request line; longer ones get 414.", defaultValue = "8KiB")
            SizeValue maxRequestLine,

            @ConfigKey(description = "Largest total size of request headers; larger get 431.", defaultValue = "16KiB")
            SizeValue maxHeaderSize,

            @ConfigKey(description = "Largest request body; larger get 413.", defaultValue = "100MiB")
            SizeValue maxRequestBody) {}

    public record Forwarding(
            @ConfigKey(
                    description = "Keep X-Forwarded-* and Forwarded headers that clients send and append to them;"
                            + " only when another trusted proxy sits in front of this one.",
                    defaultValue = "false")
            boolean trustIncoming,

            @ConfigKey(description = "Add the standard Forwarded header (RFC 7239).", defaultValue = "true")
            boolean forwarded,

            @ConfigKey(
                    description = "Send the client's Host header to backends (otherwise the backend URL's host).",
                    defaultValue = "true")
            boolean preserveHost) {}

    public record Mirroring(
            @ConfigKey(
                    description = "Mirrored requests waiting to be sent; when full, new ones are dropped (and"
                            + " counted), never delaying clients.",
                    defaultValue = "1000")
            int queueSize,

            @ConfigKey(description = "Mirrored requests in flight at once.", defaultValue = "32")
            int maxInFlight,

            @ConfigKey(
                    description = "Largest request or response body captured for mirroring and comparison;"
                            + " larger exchanges are skipped (and counted).",
                    defaultValue = "1MiB")
            SizeValue maxBodySize,

            @ConfigKey(description = "Difference samples kept per route for inspection.", defaultValue = "20")
            int samples) {}

    public record AccessLog(
            @ConfigKey(
                    description = "File for the JSON access log (one object per line), relative to the config"
                            + " file; '-' for stdout, empty for none.",
                    defaultValue = "")
            String path,

            @ConfigKey(
                    description = "Lines buffered for the writer thread; when full, lines are dropped (and"
                            + " counted) rather than delaying requests.",
                    defaultValue = "65536")
            int bufferLines) {}

    public record State(
            @ConfigKey(
                    description = "JSON file with every route's stage, canary percentage, pause flag and history,"
                            + " relative to the config file. Empty keeps state in memory only.",
                    defaultValue = ".carve/proxy-state.json")
            String file) {}
}
