package dev.carve.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkloadOutcomeTest {
    private static final String REPORT = """
            Workload against http://127.0.0.1:9000: 1200 requests, 3 errors, 20.0 s, 60.0 requests/s (8 clients)
            endpoint                                          requests  errors
            GET /api/coupons/{code}/validate                        40       2
            POST /api/coupons                                       10       1
            GET /api/products                                      300       0
            First errors:
              GET /api/coupons/X/validate -> 502 bad gateway
              POST /api/coupons -> 502 bad gateway
            """;

    @Test
    void readsTotalsEndpointsAndFirstErrorsFromTheDriversReport() {
        WorkloadOutcome o = WorkloadOutcome.parse(1, REPORT, "");

        assertThat(o.ran()).isTrue();
        assertThat(o.requests()).isEqualTo(1200);
        assertThat(o.errors()).isEqualTo(3);
        assertThat(o.requestsPerSecond()).isEqualTo(60.0);
        assertThat(o.endpoints()).hasSize(3);
        assertThat(o.firstErrors()).hasSize(2);
        assertThat(o.failuresByEndpoint())
                .containsEntry("GET /api/coupons/{code}/validate", 2L)
                .containsEntry("POST /api/coupons", 1L)
                .doesNotContainKey("GET /api/products");
    }

    @Test
    void countsOnlyIdempotentMethodsAsIdempotentFailures() {
        assertThat(WorkloadOutcome.parse(1, REPORT, "").failedIdempotent()).isEqualTo(2);
    }

    @Test
    void aDriverThatCouldNotDriveSaysWhyFromItsLog() {
        WorkloadOutcome o = WorkloadOutcome.parse(
                1,
                "",
                "workload: driving http://x with 8 clients\nworkload: 0 requests, 0 errors\n"
                        + "workload: cannot drive http://x: GET /api/categories -> cannot connect\n");

        assertThat(o.ran()).isFalse();
        assertThat(o.failure()).isEqualTo("workload: cannot drive http://x: GET /api/categories -> cannot connect");
    }
}
