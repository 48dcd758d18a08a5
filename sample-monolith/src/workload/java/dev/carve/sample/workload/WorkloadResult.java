package dev.carve.sample.workload;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a run did: requests sent, errors (non-2xx answers and I/O failures), how long it took, per endpoint
 * ("GET /api/products/{id}") requests and errors, and the first few errors in full.
 */
public record WorkloadResult(
        long requests, long errors, Duration elapsed, Map<String, EndpointStats> endpoints, List<String> errorSamples) {

    public record EndpointStats(long requests, long errors) {}

    public double requestsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds == 0 ? 0 : requests / seconds;
    }

    public boolean ok() {
        return errors == 0;
    }

    /** The report the command line prints. */
    public String report(String baseUrl, int concurrency) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "Workload against %s: %d requests, %d errors, %.1f s, %.1f requests/s (%d clients)%n",
                baseUrl, requests, errors, elapsed.toMillis() / 1000.0, requestsPerSecond(), concurrency));
        out.append(String.format("%-48s %9s %7s%n", "endpoint", "requests", "errors"));
        endpoints.forEach((endpoint, stats) ->
                out.append(String.format("%-48s %9d %7d%n", endpoint, stats.requests(), stats.errors())));
        if (!errorSamples.isEmpty()) {
            out.append("First errors:\n");
            errorSamples.forEach(sample -> out.append("  ").append(sample).append('\n'));
        }
        return out.toString();
    }
}
