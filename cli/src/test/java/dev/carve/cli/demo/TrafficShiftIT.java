package dev.carve.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.carve.analyzer.proposal.Module;
import dev.carve.proxy.CarveProxy;
import dev.carve.proxy.Stage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The fault drill on real sockets, in seconds: a proxy in front of two small HTTP servers, clients reading and
 * writing through it while {@link TrafficShift} moves the routes; the "new" server is stopped mid-canary. A gate
 * must roll a route back, the other route must follow it down, and no read may fail (they fall back to legacy).
 */
class TrafficShiftIT {
    /** Both sides answer the same, so shadow finds no difference: only the crash may move the routes back. */
    private static HttpServer server() throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/", exchange -> {
            byte[] body = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") ? 201 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        s.start();
        return s;
    }

    @Test
    void whenTheNewSideDiesMidCanaryTheGateRollsTheReadsBackTheWritesFollowAndNoReadFails() throws Exception {
        HttpServer legacy = server();
        HttpServer target = server();
        Module module = new Module(
                "things",
                List.of("com.acme.Things"),
                List.of(),
                List.of("GET /api/things/{id}", "POST /api/things"),
                List.of("things"),
                null,
                null,
                null,
                null);
        DemoRoutes routes = DemoRoutes.of(module);
        Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "traffic-shift-it"));
        Path config = dir.resolve("carve-proxy.yaml");
        Files.writeString(
                config,
                routes.proxyYaml(
                        "http://127.0.0.1:" + legacy.getAddress().getPort(),
                        "http://127.0.0.1:" + target.getAddress().getPort()));
        AtomicBoolean driving = new AtomicBoolean(true);
        AtomicLong reads = new AtomicLong();
        ConcurrentLinkedQueue<String> failedReads = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> notes = new ConcurrentLinkedQueue<>();
        try (CarveProxy proxy = CarveProxy.start(config)) {
            URI base = URI.create("http://127.0.0.1:" + proxy.port());
            Thread client = new Thread(() -> drive(base, driving, reads, failedReads), "traffic-shift-it-client");
            client.start();
            TrafficShift shift = new TrafficShift(
                    proxy.admin(),
                    List.of(routes.readRoute(), routes.writeRoute()),
                    6_000,
                    () -> target.stop(0),
                    notes::add);

            TrafficShift.Result result = shift.run();
            driving.set(false);
            client.join();

            assertThat(result.killedAtMillis()).as(String.join("\n", notes)).isPositive();
            // the read and the write route each have a gate; whichever acts first, the other route follows it
            assertThat(result.rollbacks())
                    .as(String.join("\n", notes))
                    .anyMatch(r -> r.contains("canary 50% -> shadow"));
            assertThat(result.routes().get("things").stage()).isLessThanOrEqualTo(Stage.SHADOW);
            assertThat(result.routes().get("things-writes").stage()).isLessThanOrEqualTo(Stage.SHADOW);
            assertThat(notes).anyMatch(n -> n.startsWith("carve: the gates rolled things"));
            assertThat(reads.get()).isPositive();
            assertThat(failedReads).as("reads that failed").isEmpty();
        } finally {
            driving.set(false);
            legacy.stop(0);
            target.stop(0);
        }
    }

    /** Reads and writes as 20 sticky clients until told to stop; records every read that did not answer 200. */
    private static void drive(URI base, AtomicBoolean driving, AtomicLong reads, ConcurrentLinkedQueue<String> failed) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long n = 0;
        while (driving.get()) {
            String clientId = "client-" + (n % 20);
            boolean write = n % 5 == 4;
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            base.resolve(write ? "/api/things" : "/api/things/" + n))
                    .timeout(Duration.ofSeconds(5))
                    .header("X-Client-Id", clientId);
            if (write) {
                request.POST(HttpRequest.BodyPublishers.ofString("{}"));
            }
            try {
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (!write) {
                    reads.incrementAndGet();
                    if (status != 200) {
                        failed.add("GET -> " + status);
                    }
                }
            } catch (IOException e) {
                if (!write) {
                    failed.add("GET -> " + e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            n++;
        }
    }
}
