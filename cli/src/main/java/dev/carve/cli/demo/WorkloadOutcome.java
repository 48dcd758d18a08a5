package dev.carve.cli.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the workload driver reported: requests, failed requests (non-2xx or I/O), per endpoint ("GET /api/x/{id}")
 * requests and errors, and its first errors in full.
 *
 * @param status the driver's exit status: 0 no errors, 1 errors, 2 bad arguments
 * @param failure why the driver could not drive at all (empty when it produced a report)
 */
record WorkloadOutcome(
        int status,
        long requests,
        long errors,
        double requestsPerSecond,
        Map<String, Endpoint> endpoints,
        List<String> firstErrors,
        String failure) {

    /** Methods the proxy may safely send twice (and falls back to legacy with): RFC 9110 idempotent methods. */
    static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE");

    private static final Pattern SUMMARY =
            Pattern.compile("^Workload against \\S+: (\\d+) requests, (\\d+) errors, [\\d.]+ s, ([\\d.]+) requests/s");
    private static final Pattern ROW = Pattern.compile("^([A-Z]+ /\\S*)\\s+(\\d+)\\s+(\\d+)\\s*$");

    record Endpoint(long requests, long errors) {}

    WorkloadOutcome {
        endpoints = Map.copyOf(endpoints);
        firstErrors = List.copyOf(firstErrors);
    }

    /** Reads the report the driver prints on stdout; {@code log} (its stderr) explains a run without a report. */
    static WorkloadOutcome parse(int status, String report, String log) {
        long requests = -1;
        long errors = -1;
        double rps = 0;
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        List<String> firstErrors = new ArrayList<>();
        boolean inErrors = false;
        for (String line : report.split("\\R")) {
            Matcher summary = SUMMARY.matcher(line);
            Matcher row = ROW.matcher(line);
            if (summary.find()) {
                requests = Long.parseLong(summary.group(1));
                errors = Long.parseLong(summary.group(2));
                rps = Double.parseDouble(summary.group(3));
            } else if (line.startsWith("First errors:")) {
                inErrors = true;
            } else if (inErrors && line.startsWith("  ")) {
                firstErrors.add(line.trim());
            } else if (row.matches()) {
                endpoints.put(row.group(1), new Endpoint(Long.parseLong(row.group(2)), Long.parseLong(row.group(3))));
            }
        }
        if (requests < 0) {
            String why = log.lines()
                    .filter(l -> l.startsWith("workload: ") && !l.matches("workload: \\d+ requests.*"))
                    .reduce((a, b) -> b)
                    .orElse("the workload driver exited with status " + status + " and printed no report");
            return new WorkloadOutcome(status, 0, 0, 0, Map.of(), List.of(), why);
        }
        return new WorkloadOutcome(status, requests, errors, rps, endpoints, firstErrors, "");
    }

    boolean ran() {
        return failure.isEmpty();
    }

    /** Failed requests whose method is idempotent. */
    long failedIdempotent() {
        return endpoints.entrySet().stream()
                .filter(e -> IDEMPOTENT.contains(method(e.getKey())))
                .mapToLong(e -> e.getValue().errors())
                .sum();
    }

    /** Failed requests per endpoint, only those with failures. */
    Map<String, Long> failuresByEndpoint() {
        Map<String, Long> out = new LinkedHashMap<>();
        endpoints.forEach((k, v) -> {
            if (v.errors() > 0) {
                out.put(k, v.errors());
            }
        });
        return out;
    }

    private static String method(String endpoint) {
        int space = endpoint.indexOf(' ');
        return space < 0 ? endpoint : endpoint.substring(0, space);
    }
}
