package dev.carve.sample.workload;

import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How to drive the shop: where, how much (a number of requests, a duration, or both: whichever ends first), how
 * many clients at once, and the seed of the request mix.
 */
public record WorkloadConfig(
        URI baseUrl,
        long requests,
        Duration duration,
        int concurrency,
        long seed,
        Duration requestTimeout,
        Consumer<String> log) {

    public static final URI DEFAULT_BASE_URL = URI.create("http://localhost:8080");

    public WorkloadConfig {
        if (baseUrl == null || baseUrl.getScheme() == null || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("base URL must look like http://host:port, got " + baseUrl);
        }
        if (requests < 0) {
            throw new IllegalArgumentException("requests must be 0 (no limit) or more, got " + requests);
        }
        if (requests == 0 && duration == null) {
            throw new IllegalArgumentException("give a number of requests, a duration, or both");
        }
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("duration must be positive, got " + duration);
        }
        if (concurrency < 1 || concurrency > 512) {
            throw new IllegalArgumentException("concurrency must be between 1 and 512, got " + concurrency);
        }
        String url = baseUrl.toString();
        baseUrl = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
        log = log == null ? line -> {} : log;
    }

    /** 1,000 requests from 8 clients against http://localhost:8080. */
    public static WorkloadConfig defaults() {
        return new WorkloadConfig(DEFAULT_BASE_URL, 1_000, null, 8, 42, Duration.ofSeconds(30), null);
    }

    public WorkloadConfig withBaseUrl(URI baseUrl) {
        return new WorkloadConfig(baseUrl, requests, duration, concurrency, seed, requestTimeout, log);
    }

    public WorkloadConfig withRequests(long requests) {
        return new WorkloadConfig(baseUrl, requests, duration, concurrency, seed, requestTimeout, log);
    }

    public WorkloadConfig withDuration(Duration duration) {
        return new WorkloadConfig(baseUrl, requests, duration, concurrency, seed, requestTimeout, log);
    }

    public WorkloadConfig withConcurrency(int concurrency) {
        return new WorkloadConfig(baseUrl, requests, duration, concurrency, seed, requestTimeout, log);
    }

    public WorkloadConfig withSeed(long seed) {
        return new WorkloadConfig(baseUrl, requests, duration, concurrency, seed, requestTimeout, log);
    }

    public WorkloadConfig withRequestTimeout(Duration requestTimeout) {
        return new WorkloadConfig(baseUrl, requests, duration, concurrency, seed, requestTimeout, log);
    }

    /** Where progress lines go (the command line prints them to stderr); silent by default. */
    public WorkloadConfig withLog(Consumer<String> log) {
        return new WorkloadConfig(baseUrl, requests, duration, concurrency, seed, requestTimeout, log);
    }

    static final String USAGE = """
            Usage: workload [--base-url URL] [--requests N] [--seconds S] [--concurrency C] [--seed X] [--quiet]
              Drives every endpoint of the sample shop with a realistic mix (reads dominate, writes create the data
              later reads use) and prints requests, errors, requests/s and per-endpoint counts.
              --base-url URL     the shop or a proxy in front of it (default http://localhost:8080)
              --requests N       stop after N requests (default 1000; 0 = no limit, needs --seconds)
              --seconds S        stop after S seconds (with --requests: whichever comes first)
              --concurrency C    concurrent clients (default 8)
              --seed X           seed of the request mix (default 42)
              --timeout S        per-request timeout in seconds (default 30)
              --quiet            no progress lines on stderr
            Exit status: 0 no errors, 1 errors (non-2xx or I/O), 2 bad arguments.""";

    /** Parses the command line of the workload script; throws IllegalArgumentException with what is wrong. */
    static WorkloadConfig parse(String[] args) {
        WorkloadConfig config = defaults().withLog(System.err::println);
        boolean requestsGiven = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "--base-url" -> config = config.withBaseUrl(URI.create(required(arg, value)));
                case "--requests" -> {
                    config = config.withRequests(number(arg, value));
                    requestsGiven = true;
                }
                case "--seconds" -> {
                    config = config.withDuration(Duration.ofSeconds(number(arg, value)));
                    if (!requestsGiven) {
                        config = config.withRequests(0);
                    }
                }
                case "--concurrency" -> config = config.withConcurrency((int) number(arg, value));
                case "--seed" -> config = config.withSeed(number(arg, value));
                case "--timeout" -> config = config.withRequestTimeout(Duration.ofSeconds(number(arg, value)));
                case "--quiet" -> {
                    config = config.withLog(null);
                    continue;
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
            i++;
        }
        return config;
    }

    private static String required(String option, String value) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(required(option, value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
        }
    }
}
