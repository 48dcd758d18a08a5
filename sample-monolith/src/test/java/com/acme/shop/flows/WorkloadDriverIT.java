package com.acme.shop.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.sample.workload.WorkloadConfig;
import dev.carve.sample.workload.WorkloadDriver;
import dev.carve.sample.workload.WorkloadException;
import dev.carve.sample.workload.WorkloadResult;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WorkloadDriverIT extends FlowTestSupport {

    @Test
    void drivesEveryEndpointWithoutErrors() {
        WorkloadResult result = WorkloadDriver.run(WorkloadConfig.defaults()
                .withBaseUrl(URI.create("http://localhost:" + port))
                .withRequests(800)
                .withConcurrency(4)
                .withSeed(7));

        assertThat(result.errorSamples()).isEmpty();
        assertThat(result.errors()).isZero();
        assertThat(result.requests()).isEqualTo(800);
        assertThat(result.endpoints().values().stream()
                        .mapToLong(WorkloadResult.EndpointStats::requests)
                        .sum())
                .isEqualTo(800);
        Set<String> expected = new TreeSet<>();
        JsonNode oracle = JsonMapper.builder()
                .build()
                .readTree(Path.of("expected-boundaries.json").toFile());
        oracle.path("endpoints")
                .forEach(e -> expected.add(
                        e.path("method").asString() + " " + e.path("path").asString()));
        assertThat(result.endpoints().keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.report("http://shop", 4))
                .contains("800 requests, 0 errors")
                .contains("GET /api/products/{id}");
    }

    @Test
    void stopsAtTheTimeLimitWhenThereIsNoRequestLimit() {
        WorkloadResult result = WorkloadDriver.run(WorkloadConfig.defaults()
                .withBaseUrl(URI.create("http://localhost:" + port))
                .withDuration(Duration.ofSeconds(2))
                .withRequests(0)
                .withConcurrency(2));
        assertThat(result.errors()).isZero();
        assertThat(result.requests()).isPositive();
    }

    @Test
    void saysSoWhenNothingListensAtTheBaseUrl() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        WorkloadConfig config = WorkloadConfig.defaults().withBaseUrl(URI.create("http://localhost:" + closedPort));
        Assertions.assertThatThrownBy(() -> WorkloadDriver.run(config))
                .isInstanceOf(WorkloadException.class)
                .hasMessageContaining("http://localhost:" + closedPort);
    }
}
