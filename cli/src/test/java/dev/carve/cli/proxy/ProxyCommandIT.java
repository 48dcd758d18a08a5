package dev.carve.cli.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.carve.cli.Carve;
import dev.carve.proxy.CarveProxy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code carve proxy} and its control subcommands against real proxies, in process and as the packaged jar. */
class ProxyCommandIT {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private final AtomicInteger slowArrived = new AtomicInteger();
    private HttpServer backend;

    @TempDir
    Path dir;

    @BeforeEach
    void startBackend() throws IOException {
        backend = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        backend.setExecutor(Executors.newFixedThreadPool(4));
        backend.createContext("/", this::answer);
        backend.start();
    }

    @AfterEach
    void stopBackend() {
        releaseSlow.countDown();
        backend.stop(0);
    }

    private void answer(HttpExchange ex) throws IOException {
        if (ex.getRequestURI().getPath().equals("/slow")) {
            slowArrived.incrementAndGet();
            try {
                releaseSlow.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = ("{\"path\":\"" + ex.getRequestURI().getPath() + "\"}").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = Carve.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private Path config(int adminPort, String extra) throws IOException {
        String backendUrl = "http://127.0.0.1:" + backend.getAddress().getPort();
        Path file = dir.resolve("carve-proxy.yaml");
        Files.writeString(
                file,
                "listen: {host: 127.0.0.1, port: 0}\n"
                        + "admin: {port: " + adminPort + ", tokenFile: .carve/token}\n"
                        + "reloadInterval: 0\n"
                        + "threads: 1\n"
                        + "backends:\n"
                        + "  - {name: legacy, url: \"" + backendUrl + "\"}\n"
                        + "  - {name: orders, url: \"" + backendUrl + "\"}\n"
                        + "routes:\n"
                        + "  - name: orders\n"
                        + "    path: /api/orders/**\n"
                        + "    target: orders\n"
                        + extra);
        return file;
    }

    @Test
    void controlsARunningProxyStageByStageThroughItsAdminApi() throws Exception {
        Path config = config(freePort(), "");
        String c = config.toString();
        try (CarveProxy proxy = CarveProxy.start(config)) {
            assertThat(run("proxy", "status", "--config", c)).isZero();
            assertThat(out.toString()).contains("proxy on port " + proxy.port()).containsPattern("orders +legacy +no");

            assertThat(run("proxy", "promote", "orders", "--config", c)).isZero();
            assertThat(out.toString()).isEqualTo("orders: shadow\n");
            assertThat(run("proxy", "promote", "orders", "--to", "canary", "--percent", "5", "-c", c))
                    .isZero();
            assertThat(out.toString()).isEqualTo("orders: canary 5%\n");
            assertThat(run("proxy", "pause", "orders", "--reason", "waiting for the DBA", "-c", c))
                    .isZero();
            assertThat(out.toString()).isEqualTo("orders: canary 5% (paused: waiting for the DBA)\n");
            assertThat(run("proxy", "resume", "orders", "-c", c)).isZero();
            assertThat(out.toString()).isEqualTo("orders: canary 5%\n");
            assertThat(run("proxy", "demote", "orders", "--to", "legacy", "--reason", "rollback drill", "-c", c))
                    .isZero();
            assertThat(out.toString()).isEqualTo("orders: legacy\n");

            assertThat(run("proxy", "status", "--json", "-c", c)).isZero();
            assertThat(out.toString()).contains("\"stage\" : \"legacy\"").contains("rollback drill");
            assertThat(run("proxy", "status", "-c", c)).isZero();
            assertThat(out.toString()).contains("canary -> legacy by command: rollback drill");
            assertThat(run("proxy", "diffs", "orders", "-c", c)).isZero();
            assertThat(out.toString()).startsWith("orders: 0 compared, 0 differed");
            assertThat(run("proxy", "reload", "-c", c)).isZero();
            assertThat(out.toString()).startsWith("reload: ");

            // the same through --admin-url and --token
            String token = Files.readString(dir.resolve(".carve/token")).trim();
            assertThat(run("proxy", "status", "--admin-url", proxy.adminUrl(), "--token", token))
                    .isZero();
            assertThat(run("proxy", "status", "--admin-url", proxy.adminUrl(), "--token", "wrong"))
                    .isEqualTo(2);

            assertThat(run("proxy", "promote", "ordrs", "-c", c)).isEqualTo(2);
            assertThat(err.toString()).contains("ordrs");
            assertThat(run("proxy", "promote", "orders", "--to", "sideways", "-c", c))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("'sideways' is not a stage");
        }
    }

    @Test
    void aDeadAdminPortExitsWithTwoAndNamesHostAndPort() throws Exception {
        int port = freePort();
        Path config = config(port, "");
        Files.createDirectories(dir.resolve(".carve"));
        Files.writeString(dir.resolve(".carve/token"), "t0ken\n");
        assertThat(run("proxy", "status", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("cannot reach the proxy's admin API at http://127.0.0.1:" + port)
                .doesNotContain("Exception");
        assertThat(run("proxy", "promote", "orders", "--admin-url", "http://127.0.0.1:" + port, "--token", "t"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("127.0.0.1:" + port);
    }

    @Test
    void aBrokenConfigExitsWithTwoNamingFileLineAndKey() throws Exception {
        Path config = config(freePort(), "  - name: other\n    path: /x\n    target: ordrs\n");
        assertThat(run("proxy", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(config + ":14: routes[1].target: names backend 'ordrs'");
        assertThat(run("proxy", "status", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(config + ":14: routes[1].target");
        assertThat(run("proxy", "--config", dir.resolve("missing.yaml").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("missing.yaml: no such file");
        assertThat(run("proxy")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing --config FILE");
    }

    /** The packaged jar, as an operator runs it: serves, then on SIGTERM drains the request in flight and exits 0. */
    @Test
    void runsInTheForegroundAndDrainsInFlightRequestsWhenStopped() throws Exception {
        Path config = config(freePort(), "    stage: shadow\n");
        Path jar = Path.of("target/carve.jar").toAbsolutePath();
        assertThat(jar).exists();
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djava.io.tmpdir=" + dir,
                        "-jar",
                        jar.toString(),
                        "proxy",
                        "--config",
                        config.toString())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        Output stdout = new Output(dir.resolve("stdout.txt"));
        Output stderr = new Output(dir.resolve("stderr.txt"));
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> stdout.text().contains("Control it with"));
            String listening = stdout.find("listening: (http://127\\.0\\.0\\.1:\\d+)");
            assertThat(stdout.text())
                    .contains("admin API: http://127.0.0.1:")
                    .contains("token:     " + dir.resolve(".carve/token"))
                    .contains("orders: shadow");
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> hello = client.send(
                    HttpRequest.newBuilder(URI.create(listening + "/api/orders/1"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(hello.statusCode()).isEqualTo(200);
            assertThat(hello.body()).isEqualTo("{\"path\":\"/api/orders/1\"}");

            CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                    HttpRequest.newBuilder(URI.create(listening + "/slow")).build(),
                    HttpResponse.BodyHandlers.ofString());
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(slowArrived.get())
                            .as("requests for /slow at the backend; proxy stderr: %s", stderr.text())
                            .isEqualTo(1));
            p.destroy(); // SIGTERM, like Ctrl-C: the JVM's shutdown hook drains
            await().atMost(Duration.ofSeconds(10)).until(() -> stderr.text().contains("draining in-flight"));
            assertThat(p.isAlive()).isTrue();
            releaseSlow.countDown();
            assertThat(inFlight.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("stderr: %s", stderr.text()).isZero();
            assertThat(stderr.text()).contains("carve proxy: stopped");
            assertThat(Files.readString(dir.resolve(".carve/proxy-state.json")))
                    .contains("\"orders\"")
                    .contains("shadow");
        } finally {
            p.destroyForcibly();
        }
    }

    /** What the process wrote to a file so far. */
    private record Output(Path file) {
        String text() throws IOException {
            return Files.exists(file) ? Files.readString(file) : "";
        }

        String find(String regex) throws IOException {
            Matcher m = Pattern.compile(regex).matcher(text());
            return m.find() ? m.group(1) : null;
        }
    }
}
