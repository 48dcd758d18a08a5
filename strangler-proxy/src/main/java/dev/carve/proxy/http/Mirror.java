package dev.carve.proxy.http;

import dev.carve.proxy.config.ProxyConfig;
import dev.carve.proxy.config.RouteConfig;
import dev.carve.proxy.route.RouteRuntime;
import dev.carve.proxy.shadow.CapturedResponse;
import dev.carve.proxy.shadow.Difference;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shadow mirror. Data-plane threads only copy a bounded capture and hand it over (or drop it when the queue
 * is full); the mirror's own event loop sends the request to the target (and, to learn noise, a safe request to
 * legacy a second time), compares the answers, and records the result for the route's stats and diff gate.
 */
final class Mirror {
    private static final Logger LOG = LoggerFactory.getLogger(Mirror.class);

    private final DataPlane plane;
    private final EventLoop loop;
    private final AtomicInteger queued = new AtomicInteger();
    private final ArrayDeque<Capture> waiting = new ArrayDeque<>();
    private volatile int queueSize;
    private volatile int maxInFlight;
    private volatile int limit;
    private int inFlight;

    Mirror(DataPlane plane, EventLoop loop) {
        this.plane = plane;
        this.loop = loop;
    }

    void apply(ProxyConfig config) {
        queueSize = config.mirroring().queueSize();
        maxInFlight = config.mirroring().maxInFlight();
        limit = config.mirroring().maxBodySize().intBytes();
    }

    /** A capture for this exchange, or null when it is not mirrored (method, sample rate, full queue, upgrade). */
    Capture capture(RouteRuntime route, HttpRequest request, FrontendHandler fe) {
        RouteConfig.Shadow shadow = route.config().shadow();
        HttpMethod m = request.method();
        boolean safe = m.equals(HttpMethod.GET) || m.equals(HttpMethod.HEAD) || m.equals(HttpMethod.OPTIONS);
        if (!safe && !shadow.mirrorWrites()) {
            return null;
        }
        if (request.headers().contains(HttpHeaderNames.UPGRADE)) {
            return null; // a relayed upgrade (h2c ones are removed before)
        }
        if (shadow.sampleRate() < 1 && ThreadLocalRandom.current().nextDouble() >= shadow.sampleRate()) {
            return null;
        }
        if (queued.get() >= queueSize) {
            plane.metrics().mirrorDropped.increment();
            route.diffs().dropped();
            return null;
        }
        return new Capture(route, request, limit, safe && route.takeLearningTurn());
    }

    /** Hands a complete capture to the mirror loop, or drops it when the queue is full. */
    void submit(Capture c) {
        if (queued.incrementAndGet() > queueSize) {
            queued.decrementAndGet();
            plane.metrics().mirrorDropped.increment();
            c.route.diffs().dropped();
            c.discard();
            return;
        }
        plane.metrics().mirrorQueued.increment();
        loop.execute(() -> {
            waiting.add(c);
            pump();
        });
    }

    private void pump() {
        while (inFlight < maxInFlight && !waiting.isEmpty()) {
            Capture c = waiting.poll();
            queued.decrementAndGet();
            inFlight++;
            try {
                send(c);
            } catch (RuntimeException e) {
                LOG.warn("mirroring a request of route {} failed: {}", c.route.name(), e.toString());
                inFlight--;
            }
        }
    }

    private void send(Capture c) {
        RouteRuntime route = c.route;
        if (route.isDefault() || route.config() == null) {
            inFlight--;
            return;
        }
        Backend target = plane.backends().get(route.targetBackend());
        Backend legacy = plane.backends().get(route.legacyBackend());
        CapturedResponse[] answers = new CapturedResponse[2];
        int[] pending = {c.learn ? 2 : 1};
        Runnable whenDone = () -> {
            if (--pending[0] == 0) {
                compare(c, answers[0], answers[1]);
                inFlight--;
                pump();
            }
        };
        // the legacy call (if any) takes a copy of the headers first; the target call then owns the capture's
        MirrorCall again = c.learn
                ? new MirrorCall(legacy, c, false, null, limit, r -> {
                    answers[1] = r;
                    whenDone.run();
                })
                : null;
        new MirrorCall(target, c, true, route.config().shadow().markerHeader(), limit, r -> {
                    answers[0] = r;
                    whenDone.run();
                })
                .start();
        if (again != null) {
            again.start();
        }
    }

    private void compare(Capture c, CapturedResponse target, CapturedResponse legacyAgain) {
        RouteRuntime route = c.route;
        CapturedResponse legacy = c.legacyResponse();
        c.discard();
        if (legacyAgain != null) {
            route.comparator().learn(legacy, legacyAgain);
            route.diffs().learnedFrom();
        }
        List<Difference> differences;
        if (target == null) {
            route.diffs().targetError();
            differences = List.of(new Difference("status", Integer.toString(legacy.status()), "(no response)"));
        } else {
            differences = route.comparator().compare(legacy, target);
        }
        route.diffs().record(c.method, c.uri, legacy.status(), target == null ? 0 : target.status(), differences);
        plane.routing().recordComparison(route, !differences.isEmpty());
    }
}
