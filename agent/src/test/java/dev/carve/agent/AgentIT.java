package dev.carve.agent;

import static dev.carve.agent.ForkedApp.calls;
import static dev.carve.agent.ForkedApp.invocations;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged agent attached to a fixture app in a forked JVM, one scenario per entry-point kind. */
class AgentIT {
    private static final String APP = "dev.carve.agent.fixtures.shop.ShopApp";

    @TempDir
    Path dir;

    @BeforeAll
    static void tmpdirExists() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @Test
    void mainRecordsCallsTablesStatementsAndCaughtExceptions() throws Exception {
        Path traces = dir.resolve("traces.jsonl");
        ForkedApp app = ForkedApp.run(dir, options(traces), APP, "main");

        assertThat(app.exitCode).as(app.stderr).isZero();
        List<JsonNode> main = invocations(traces, "main");
        assertThat(main).singleElement().satisfies(r -> {
            assertThat(r.path("name").asText()).isEqualTo("main:" + APP + "#main");
            assertThat(r.path("invocations").asLong()).isEqualTo(1);
        });
        // the main invocation ends once, so it is one record whatever the flush interval
        assertThat(calls(main, "Root", "ShopApp#main")).isEqualTo(1);
        assertThat(calls(main, "ShopApp#placeOrders", "OrderService#place")).isEqualTo(3);
        assertThat(calls(main, "OrderService#place", "OrderRepository#insert")).isEqualTo(3);
        assertThat(calls(main, "ShopApp#placeOrders", "Discounts#rate"))
                .as("a call into an interface only a JDK proxy implements")
                .isEqualTo(1);
        assertThat(calls(main, "PriceCalculator#price", "PriceCalculator#validate"))
                .isEqualTo(3);
        assertThat(sql(main))
                .contains(
                        "insert into orders (id, customer, total) values (?, ?, ?)|OrderRepository#insert|3",
                        "select c.name from customers c join orders o on o.customer = c.id where o.id = ?"
                                + "|OrderRepository#customerOf|3");
        assertThat(main.get(0).path("exceptions").get(0).toString())
                .isEqualTo("[\"java.lang.IllegalStateException\",\"" + ForkedApp.qualify("PriceCalculator#validate")
                        + "\",2]");
        assertThat(app.stderr).doesNotContain("carve-agent");
    }

    @Test
    void httpRequestsAreInvocationsNamedByRouteWithFailuresCounted() throws Exception {
        Path traces = dir.resolve("traces.jsonl");
        ForkedApp app = ForkedApp.run(dir, options(traces), APP, "http");

        assertThat(app.exitCode).as(app.stderr).isZero();
        List<JsonNode> http = invocations(traces, "http");
        assertThat(http)
                .extracting(r -> r.path("name").asText())
                .containsOnly("POST /orders/{id}", "POST /orders/fail", "GET /catalog/{id}");
        List<JsonNode> orders = named(http, "POST /orders/{id}");
        assertThat(sum(orders, "invocations")).isEqualTo(3);
        assertThat(calls(orders, "Root", "OrderServlet#doPost")).isEqualTo(3);
        assertThat(calls(orders, "OrderService#place", "OrderRepository#insert"))
                .isEqualTo(3);
        List<JsonNode> failing = named(http, "POST /orders/fail");
        assertThat(sum(failing, "failed")).isEqualTo(1);
        assertThat(failing.get(0).path("exceptions").get(0).get(0).asText())
                .isEqualTo("java.lang.IllegalArgumentException");
        List<JsonNode> catalog = named(http, "GET /catalog/{id}");
        assertThat(catalog.get(0).path("route").asText()).isEqualTo("GET /catalog/{id}");
        assertThat(catalog.get(0).path("handler").asText()).isEqualTo(ForkedApp.qualify("CatalogResource#item"));
        assertThat(calls(catalog, "CatalogServlet#doGet", "CatalogResource#item"))
                .isEqualTo(2);
    }

    @Test
    void eachScheduledRunIsAnInvocation() throws Exception {
        Path traces = dir.resolve("traces.jsonl");
        ForkedApp app = ForkedApp.run(dir, options(traces), APP, "scheduled");

        assertThat(app.exitCode).as(app.stderr).isZero();
        List<JsonNode> runs = invocations(traces, "scheduled");
        assertThat(runs)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.path("name").asText())
                        .isEqualTo("scheduled:" + ForkedApp.qualify("NightlyJob#run")));
        assertThat(runs.stream().mapToLong(r -> r.path("invocations").asLong()).sum())
                .isGreaterThanOrEqualTo(3);
        assertThat(calls(runs, "NightlyJob#run", "OrderService#place")).isEqualTo(3);
    }

    @Test
    void eachJUnitTestIsAnInvocation() throws Exception {
        Path traces = dir.resolve("traces.jsonl");
        ForkedApp app = ForkedApp.run(dir, options(traces), "dev.carve.agent.fixtures.launcher.JUnitLauncher");

        assertThat(app.stdout).contains("tests succeeded: 2");
        assertThat(invocations(traces, "test"))
                .extracting(r -> r.path("name").asText())
                .containsExactlyInAnyOrder(
                        "test:" + ForkedApp.qualify("ShopScenarios#placesAnOrder"),
                        "test:" + ForkedApp.qualify("ShopScenarios#pricesOddQuantitiesAtZero"));
        assertThat(calls(invocations(traces, "test"), "ShopScenarios#placesAnOrder", "OrderService#place"))
                .isEqualTo(1);
    }

    @Test
    void aCrashLosesAtMostTheLastFlushIntervalAndLeavesOnlyCompleteLines() throws Exception {
        Path traces = dir.resolve("traces.jsonl");
        ForkedApp app = ForkedApp.run(dir, options(traces), APP, "crash", traces.toString());

        assertThat(app.exitCode).isEqualTo(137);
        assertThat(Files.readString(traces)).endsWith("\n");
        assertThat(invocations(traces, "scheduled")).isNotEmpty();
        assertThat(ForkedApp.lines(traces))
                .noneMatch(n -> n.path("type").asText().equals("agent-stats"));
    }

    @Test
    void anUnwritableOutputGivesOneWarningAndTheAppRunsAsUsual() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-directory"), "");
        ForkedApp app = ForkedApp.run(
                dir, "out=" + blocker.resolve("traces.jsonl") + ",include=" + ForkedApp.INCLUDE, APP, "main");

        assertThat(app.exitCode).isZero();
        assertThat(app.stderr.lines().filter(l -> l.startsWith("carve-agent:")))
                .singleElement()
                .asString()
                .contains("cannot write traces to", "recording is off");
    }

    @Test
    void theAgentJarCarriesOnlyItsOwnAndRelocatedClasses() throws IOException {
        try (JarFile jar = new JarFile(ForkedApp.agentJar().toFile())) {
            List<String> classes = jar.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.endsWith(".class"))
                    .toList();
            assertThat(classes).isNotEmpty().allMatch(n -> n.startsWith("dev/carve/agent/"));
            assertThat(classes).anyMatch(n -> n.startsWith("dev/carve/agent/shaded/net/bytebuddy/"));
            assertThat(jar.stream().map(e -> e.getName())).noneMatch(n -> n.startsWith("META-INF/versions/"));
            assertThat(jar.getManifest().getMainAttributes().getValue("Premain-Class"))
                    .isEqualTo("dev.carve.agent.CarveAgent");
        }
    }

    private static String options(Path traces) {
        return "out=" + traces + ",include=" + ForkedApp.INCLUDE + ",flush=0.2";
    }

    /** Every record of one entry point: one per flush interval in which it ran. */
    private static List<JsonNode> named(List<JsonNode> records, String name) {
        return records.stream()
                .filter(r -> r.path("name").asText().equals(name))
                .toList();
    }

    private static long sum(List<JsonNode> records, String field) {
        return records.stream().mapToLong(r -> r.path(field).asLong()).sum();
    }

    private static List<String> sql(List<JsonNode> records) {
        return records.stream()
                .flatMap(r -> StreamSupport.stream(r.path("sql").spliterator(), false))
                .map(s -> s.get(0).asText() + "|" + s.get(1).asText().substring(ForkedApp.INCLUDE.length() + 1) + "|"
                        + s.get(2).asLong())
                .toList();
    }
}
