package dev.carve.sample.workload;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Sends requests within the run's budget and counts them per endpoint. */
final class ShopClient {

    /** Thrown to end a client's loop when the request budget or the time is used up. */
    static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super("budget spent", null, false, false);
        }
    }

    private static final int MAX_ERROR_SAMPLES = 20;

    /**
     * Names the simulated client (one per concurrent client thread) on every request, like a session cookie would:
     * a proxy in front can keep each client on one side of a canary split ({@code stickyBy: header}).
     */
    static final String CLIENT_HEADER = "X-Client-Id";

    private final HttpClient http;
    private final URI baseUrl;
    private final Duration timeout;
    private final AtomicLong remaining;
    private final long deadlineNanos;
    private final Map<String, LongAdder[]> stats = new ConcurrentHashMap<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final List<String> errorSamples = new ArrayList<>();

    ShopClient(WorkloadConfig config, long startNanos) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.baseUrl = config.baseUrl();
        this.timeout = config.requestTimeout();
        this.remaining = new AtomicLong(config.requests() == 0 ? Long.MAX_VALUE : config.requests());
        this.deadlineNanos = config.duration() == null
                ? Long.MAX_VALUE
                : startNanos + config.duration().toNanos();
    }

    /**
     * Sends one request and returns its parsed JSON body (an empty map for an empty body), or null when the
     * request failed (counted as an error). Throws BudgetSpent when no request may be sent any more.
     */
    Object call(String endpoint, String method, String path, Object body) {
        boolean late = deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos >= 0;
        if (late || remaining.getAndDecrement() <= 0) {
            throw new BudgetSpent();
        }
        LongAdder[] counters = stats.computeIfAbsent(endpoint, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
        requests.increment();
        counters[0].increment();
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(Json.write(body));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header(CLIENT_HEADER, Thread.currentThread().getName())
                .method(method, publisher)
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() < 200 || response.statusCode() > 299) {
                error(
                        counters,
                        endpoint + " " + path + " -> " + response.statusCode() + " " + abbreviate(response.body()));
                return null;
            }
            String text = response.body();
            return text == null || text.isBlank() ? Map.of() : Json.parse(text);
        } catch (ConnectException e) {
            error(counters, method + " " + path + " -> cannot connect to " + baseUrl);
            return null;
        } catch (IOException | IllegalArgumentException e) {
            error(counters, method + " " + path + " -> " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BudgetSpent();
        }
    }

    long requests() {
        return requests.sum();
    }

    long errors() {
        return errors.sum();
    }

    Map<String, WorkloadResult.EndpointStats> endpointStats() {
        Map<String, WorkloadResult.EndpointStats> result = new TreeMap<>((a, b) -> {
            int byPath = a.substring(a.indexOf(' ') + 1).compareTo(b.substring(b.indexOf(' ') + 1));
            return byPath != 0 ? byPath : a.compareTo(b);
        });
        stats.forEach((endpoint, counters) ->
                result.put(endpoint, new WorkloadResult.EndpointStats(counters[0].sum(), counters[1].sum())));
        return result;
    }

    synchronized List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    private void error(LongAdder[] counters, String sample) {
        errors.increment();
        counters[1].increment();
        synchronized (this) {
            if (errorSamples.size() < MAX_ERROR_SAMPLES) {
                errorSamples.add(sample);
            }
        }
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        String oneLine = body.replace('\n', ' ');
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
