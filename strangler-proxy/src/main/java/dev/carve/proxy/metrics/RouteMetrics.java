package dev.carve.proxy.metrics;

import dev.carve.proxy.Stage;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests of one route by stage, side (the legacy backend or the target) and status class, with a latency
 * histogram per stage and side. Arrays sized up front, so recording allocates nothing.
 */
public final class RouteMetrics {
    /** Which backend served a request. */
    public enum Side {
        LEGACY,
        TARGET
    }

    private static final String[] CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx", "error"};
    private static final int STAGES = Stage.values().length;
    private static final int SIDES = Side.values().length;

    private final String route;
    private final LongAdder[] requests = new LongAdder[STAGES * SIDES * CLASSES.length];
    private final LatencyHistogram[] latency = new LatencyHistogram[STAGES * SIDES];
    private final LongAdder fallbacks = new LongAdder();

    public RouteMetrics(String route) {
        this.route = route;
        for (int i = 0; i < requests.length; i++) {
            requests[i] = new LongAdder();
        }
        for (int i = 0; i < latency.length; i++) {
            latency[i] = new LatencyHistogram();
        }
    }

    /** Records a finished request; status 0 means no response (connection failure, timeout, abort). */
    public void record(Stage stage, Side side, int status, long nanos) {
        int cls = status < 100 || status > 599 ? 5 : status / 100 - 1;
        int at = stage.ordinal() * SIDES + side.ordinal();
        requests[at * CLASSES.length + cls].increment();
        latency[at].record(nanos);
    }

    public void fallback() {
        fallbacks.increment();
    }

    public long total() {
        long t = 0;
        for (LongAdder a : requests) {
            t += a.sum();
        }
        return t;
    }

    /** Requests with status class 5xx or no response. */
    public long errors() {
        long t = 0;
        for (int i = 0; i < requests.length; i++) {
            if (i % CLASSES.length >= 4) {
                t += requests[i].sum();
            }
        }
        return t;
    }

    public void write(PrometheusText out) {
        out.family("carve_proxy_requests_total", "counter", "Requests by route, stage, backend side and status class.");
        out.family(
                "carve_proxy_request_duration_seconds",
                "histogram",
                "Time from the request head to the last response byte, by route, stage and backend side.");
        for (Stage stage : Stage.values()) {
            for (Side side : Side.values()) {
                int at = stage.ordinal() * SIDES + side.ordinal();
                String sideName = side.name().toLowerCase(java.util.Locale.ROOT);
                boolean any = false;
                for (int c = 0; c < CLASSES.length; c++) {
                    long n = requests[at * CLASSES.length + c].sum();
                    if (n > 0) {
                        any = true;
                        out.sample(
                                "carve_proxy_requests_total",
                                n,
                                "route",
                                route,
                                "stage",
                                stage.id(),
                                "backend",
                                sideName,
                                "code",
                                CLASSES[c]);
                    }
                }
                if (any) {
                    out.histogram(
                            "carve_proxy_request_duration_seconds",
                            latency[at],
                            "route",
                            route,
                            "stage",
                            stage.id(),
                            "backend",
                            sideName);
                }
            }
        }
        out.family(
                "carve_proxy_fallbacks_total",
                "counter",
                "Requests sent to the legacy backend because the target could not be reached.");
        out.sample("carve_proxy_fallbacks_total", fallbacks.sum(), "route", route);
    }
}
