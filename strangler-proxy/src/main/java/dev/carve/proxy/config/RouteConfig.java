package dev.carve.proxy.config;

import dev.carve.proxy.Stage;
import java.util.List;
import java.util.Map;

/** One route of {@code carve-proxy.yaml}: which requests it takes, where they go, and how it moves. */
public record RouteConfig(
        @ConfigKey(description = "Unique name, used by the admin API, metrics and state.", required = true)
        String name,

        @ConfigKey(
                description = "Path pattern: '*' or '{name}' matches one segment, '**' (last) any rest; the query"
                        + " string is ignored. Several patterns may be given in 'paths' instead.",
                defaultValue = "",
                example = "/api/orders/**")
        String path,

        @ConfigKey(description = "More path patterns for the same route (any may match).")
        List<String> paths,

        @ConfigKey(description = "HTTP methods the route takes; empty means all.")
        List<String> methods,

        @ConfigKey(
                description = "Request headers that must be present with exactly this value ('*' for any"
                        + " value); names are case-insensitive.")
        Map<String, String> headers,

        @ConfigKey(description = "Name of the backend that is the new side of this route.", required = true)
        String target,

        @ConfigKey(
                description = "Name of the legacy backend of this route; empty means the top-level 'legacy'.",
                defaultValue = "")
        String legacy,

        @ConfigKey(
                description = "Initial stage. The live stage is kept in the state file; editing this key later"
                        + " sets the live stage to the new value.",
                defaultValue = "legacy")
        Stage stage,

        @ConfigKey(
                description = "In stages canary and new, an idempotent request whose connection to the target"
                        + " fails before any response byte is sent to the legacy backend instead.",
                defaultValue = "true")
        boolean fallbackToLegacy,

        @ConfigKey(description = "Canary split.") Canary canary,

        @ConfigKey(description = "Shadow mirroring and comparison.")
        Shadow shadow,

        @ConfigKey(description = "Gates that demote the route one stage when breached.")
        Gates gates,

        @ConfigKey(description = "Automatic promotion on a schedule while the gates hold.")
        Progressive progressive) {

    /** Sticky canary keys: the value of a cookie, of a header, or the client's address. */
    public enum StickyBy {
        COOKIE,
        HEADER,
        CLIENT;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Canary(
            @ConfigKey(
                    description =
                            "Percentage of clients sent to the target when the route enters canary by" + " promotion.",
                    defaultValue = "10")
            double percent,

            @ConfigKey(
                    description = "What keeps a client on one side: a cookie, a header, or the client address."
                            + " Requests without the cookie or header fall back to the client address.",
                    defaultValue = "client")
            StickyBy stickyBy,

            @ConfigKey(
                    description = "Name of the cookie or header used when stickyBy is cookie or header.",
                    defaultValue = "",
                    example = "JSESSIONID")
            String stickyName) {}

    public record Shadow(
            @ConfigKey(
                    description = "Also mirror unsafe methods (POST, PUT, PATCH, DELETE). The mirrored request"
                            + " carries the marker header so the target can execute it without committing.",
                    defaultValue = "false")
            boolean mirrorWrites,

            @ConfigKey(description = "Header added to every mirrored request.", defaultValue = "X-Carve-Shadow")
            String markerHeader,

            @ConfigKey(description = "Fraction of eligible requests mirrored (0 to 1).", defaultValue = "1.0")
            double sampleRate,

            @ConfigKey(description = "Response headers compared besides the status (case-insensitive).")
            List<String> compareHeaders,

            @ConfigKey(
                    description = "JSON paths never compared: '$.a.b', '$.items[*].id', '**' for any depth"
                            + " ('$..updatedAt' also works).")
            List<String> ignore,

            @ConfigKey(
                    description = "Learn noise: replay some safe requests to the legacy backend a second time;"
                            + " fields that differ between the two legacy answers are ignored from then on.",
                    defaultValue = "true")
            boolean learnNoise,

            @ConfigKey(
                    description = "Safe requests replayed for noise learning: the first this many per route, then"
                            + " one in a hundred.",
                    defaultValue = "20")
            int learnRequests) {}

    public record Gates(
            @ConfigKey(description = "Sliding window the gates look at.", defaultValue = "30s")
            TimeValue window,

            @ConfigKey(
                    description = "Fewest target requests (or shadow comparisons) in the window before a gate"
                            + " can fire or a progressive step can pass.",
                    defaultValue = "20")
            int minRequests,

            @ConfigKey(
                    description = "Highest share of target responses that may be errors (5xx, connection"
                            + " failures, timeouts); 0 to 1, 1 turns the gate off.",
                    defaultValue = "0.05")
            double maxErrorRate,

            @ConfigKey(description = "Highest p99 latency of the target; 0 turns the gate off.", defaultValue = "0")
            TimeValue maxP99,

            @ConfigKey(
                    description =
                            "Highest share of shadow comparisons that may differ; 0 to 1, 1 turns the gate" + " off.",
                    defaultValue = "0.1")
            double maxDiffRate) {}

    public record Progressive(
            @ConfigKey(description = "Promote automatically while the gates hold.", defaultValue = "false")
            boolean enabled,

            @ConfigKey(
                    description = "Canary percentages in order; 100 means stage new. A route in shadow moves to"
                            + " the first step.",
                    defaultValue = "[1, 5, 25, 50, 100]")
            List<Double> steps,

            @ConfigKey(description = "Time at each step (and in shadow) before the next one.", defaultValue = "5m")
            TimeValue bake) {}
}
