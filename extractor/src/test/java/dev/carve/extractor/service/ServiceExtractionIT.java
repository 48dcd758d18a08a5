package dev.carve.extractor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.carve.extractor.testing.SampleCopy;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 2 of issue 9 on the sample monolith: {@code coupon} (the module other modules call into: the order
 * flow prices and redeems coupons through CouponService) extracted as a service. The generated project builds
 * with its own wrapper (offline with -Dcarve.maven.offline=true) and its generated tests pass; the service starts on its own embedded PostgreSQL on a
 * free port and answers the seam API; the monolith, rewritten to call CouponService through the seam, passes its
 * tests with the seam local and then remote, pointing at the running service.
 *
 * <p>Which monolith tests run, and why: in both positions its unit tests (ArchitectureTest, the workload driver's
 * tests, and the generated SeamClientTest: circuit breaker and trace context) and OrderFlowIT, the flow whose
 * calls cross the seam (quote and order with coupon WELCOME10: calculateDiscount and redeem). Locally also
 * PricingFlowIT (coupon validation and one-use redemption). Not run: the other flow ITs (they do not touch the
 * seam, and the whole suite takes minutes), ExpectedBoundariesTest (the hand-written oracle of the original sample
 * lists every class; the seam adds classes), and PricingFlowIT in the remote position: its coupons are created
 * through the monolith's own /api/coupons, i.e. in the monolith's database, which reaches the service only through
 * carve sync (or once the proxy sends /api/coupons to the service) — not part of this test.
 */
class ServiceExtractionIT {
    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void couponBecomesAServiceThatTheMonolithCallsThroughTheSeamInBothPositions() throws Exception {
        Path dir = SampleCopy.fresh(Path.of("target/it-service"));
        Path sample = SampleCopy.create(dir);
        Path out = dir.resolve("coupon-service");

        ServiceResult result = new ServiceExtractor()
                .extract(ServiceOptions.of(sample, SampleCopy.proposal(), "coupon")
                        .withOut(out));

        assertThat(result.seams()).singleElement().satisfies(seam -> {
            assertThat(seam.memberClass()).isEqualTo("com.acme.shop.service.CouponService");
            assertThat(seam.methods()).containsExactly("calculateDiscount", "redeem");
        });
        assertThat(result.ownedTables()).containsExactlyInAnyOrder("coupons", "coupon_redemptions");
        assertThat(result.monolithChanged()).contains(Path.of("src/main/java/com/acme/shop/service/OrderService.java"));
        assertThat(Files.readString(sample.resolve("src/main/java/com/acme/shop/service/OrderService.java")))
                .contains("private final CouponServiceSeam couponService;")
                .doesNotContain("import com.acme.shop.service.CouponService;");
        assertThat(out.resolve("mvnw")).isExecutable();
        assertThat(out.resolve("k8s/coupon-service.yaml")).content().contains("readinessProbe", "livenessProbe");
        assertThat(out.resolve("extraction-todo.md")).content().contains("static-call", "TaxCalculator");

        // the service: its own build with the copied wrapper (offline with -Dcarve.maven.offline=true); its generated
        // tests run
        List<String> build = new ArrayList<>(result.buildCommand());
        build.addAll(1, SampleCopy.offlineFlag());
        Run built = run(out, build, Map.of(), out.resolve("build.log"));
        assertThat(built.exitCode()).as(built.tail()).isZero();
        assertThat(built.log()).contains("Tests run: 4, Failures: 0, Errors: 0");

        int port = freePort();
        Process service = start(out, result.startCommand(port), out.resolve("service.log"));
        String base = "http://localhost:" + port;
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> service.isAlive() && status(base + result.readinessPath()) == 200);
        HttpResponse<String> discount = post(
                base + "/seam/coupon/CouponService/calculateDiscount", "{\"code\":\"WELCOME10\",\"subtotal\":75.00}");
        assertThat(discount.statusCode()).isEqualTo(200);
        assertThat(discount.body()).isEqualTo("7.50");
        HttpResponse<String> unknown =
                post(base + "/seam/coupon/CouponService/calculateDiscount", "{\"code\":\"NOPE\",\"subtotal\":75}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("InvalidCouponException", "BusinessRuleException", "unknown code");

        long direct = seamCalls(base);
        assertThat(direct).isEqualTo(2);

        // the monolith, seam local (the default)
        // the sample's jQAssistant scan (for cli's JqassistantScanIT) has nothing to do with the seam
        List<String> tests = List.of(
                "-Dtest=ArchitectureTest,JsonTest,WorkloadConfigTest,SeamClientTest",
                "-Dsurefire.failIfNoSpecifiedTests=false",
                "-Djqassistant.skip=true");
        List<String> local = new ArrayList<>(List.of("spotless:apply", "verify"));
        local.addAll(tests);
        local.add("-Dit.test=OrderFlowIT,PricingFlowIT");
        SampleCopy.Result localRun = SampleCopy.maven(sample, local);
        assertThat(localRun.exitCode()).as(localRun.tail()).isZero();
        assertThat(localRun.log()).contains("SeamClientTest", "OrderFlowIT", "PricingFlowIT");
        assertThat(seamCalls(base))
                .as("no calls reach the service with the seam local")
                .isEqualTo(direct);

        // the monolith, seam remote: the same tests with OrderFlowIT's coupon calls going to the running service
        // config/application.properties in the working directory adds to (and overrides) the app's own settings
        Files.createDirectories(sample.resolve("config"));
        Files.writeString(
                sample.resolve("config/application.properties"),
                "carve.seam.coupon=remote\ncarve.seam.coupon.url=" + base + "\n");
        List<String> remote = new ArrayList<>(List.of("verify"));
        remote.addAll(tests);
        remote.add("-Dit.test=OrderFlowIT");
        remote.add("-Dspotless.check.skip=true");
        SampleCopy.Result remoteRun = SampleCopy.maven(sample, remote);
        assertThat(remoteRun.exitCode()).as(remoteRun.tail()).isZero();
        assertThat(remoteRun.log()).contains("OrderFlowIT");
        assertThat(seamCalls(base))
                .as("calls the service received through the seam")
                .isGreaterThan(direct);
    }

    /** How many seam calls the service served, from its Prometheus metrics. */
    private long seamCalls(String base) throws IOException, InterruptedException {
        String metrics = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return metrics.lines()
                .filter(l -> l.startsWith("http_server_requests_seconds_count{") && l.contains("uri=\"/seam/coupon/"))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private Process start(Path dir, List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        processes.add(process);
        return process;
    }

    private Run run(Path dir, List<String> command, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish; log: " + log);
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Run(int exitCode, String log) {
        String tail() {
            return new SampleCopy.Result(exitCode, log).tail();
        }
    }
}
