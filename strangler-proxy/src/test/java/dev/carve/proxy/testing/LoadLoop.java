package dev.carve.proxy.testing;

import dev.carve.proxy.CarveProxy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Clients that keep requesting a path through the proxy, counting every answer that is not 2xx as a failure. */
public final class LoadLoop implements AutoCloseable {
    public final AtomicLong ok = new AtomicLong();
    public final AtomicLong failed = new AtomicLong();
    public final Map<String, Long> failures = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    public LoadLoop(CarveProxy proxy, String path, int clients) {
        for (int i = 0; i < clients; i++) {
            String clientPath = path + (path.contains("?") ? "&" : "?") + "client=" + i;
            Thread t = new Thread(() -> run(proxy, clientPath), "load-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void run(CarveProxy proxy, String path) {
        HttpClient client = Harness.client();
        long n = 0;
        while (running.get()) {
            // a fresh key per request, so a header-sticky canary splits this loop's traffic by percentage
            HttpRequest request = HttpRequest.newBuilder(Harness.uri(proxy, path))
                    .header("X-Request-Id", path + "#" + n++)
                    .GET()
                    .build();
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 == 2) {
                    ok.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                    failures.merge("status " + r.statusCode(), 1L, Long::sum);
                }
            } catch (Exception e) {
                if (running.get()) {
                    failed.incrementAndGet();
                    failures.merge(e.toString(), 1L, Long::sum);
                }
            }
        }
    }

    public long total() {
        return ok.get() + failed.get();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(10_000);
        }
    }
}
