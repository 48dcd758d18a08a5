package dev.carve.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoSummaryTest {
    private static final DemoSummary.DataCheck CLEAN =
            new DemoSummary.DataCheck(List.of("coupons", "coupon_redemptions"), 57, 1234, 12, 40, 0, 0, 0);

    private static WorkloadOutcome traffic(String validateErrors, String createErrors) {
        return WorkloadOutcome.parse(
                0,
                "Workload against http://127.0.0.1:1: 5000 requests, "
                        + (Integer.parseInt(validateErrors) + Integer.parseInt(createErrors))
                        + " errors, 40.0 s, 125.0 requests/s (8 clients)\n"
                        + "GET /api/coupons/{code}/validate     100 " + validateErrors + "\n"
                        + "POST /api/coupons     20 " + createErrors + "\n",
                "");
    }

    private static DemoSummary summary(
            WorkloadOutcome t, DemoSummary.DataCheck data, DemoSummary.Chaos chaos, List<String> rollbacks) {
        Map<String, Duration> phases = new LinkedHashMap<>();
        phases.put("trace", Duration.ofSeconds(40));
        phases.put("traffic", Duration.ofSeconds(60));
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("coupon", "new");
        routes.put("coupon-writes", "new");
        return new DemoSummary(
                "coupon",
                "carve-report.html",
                t,
                routes,
                rollbacks,
                chaos,
                data,
                200,
                2,
                phases,
                List.of("a missing step"));
    }

    private static String render(DemoSummary s) {
        StringWriter out = new StringWriter();
        s.render(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void holdsWithNoFailedRequestAndCleanDataAndShowsWhatMovedAndWhatWasSynced() {
        DemoSummary s = summary(traffic("0", "0"), CLEAN, DemoSummary.Chaos.NONE, List.of());

        assertThat(s.zeroLoss()).isTrue();
        assertThat(render(s))
                .contains("requests served    5000")
                .contains("failed requests    0 (0 idempotent)")
                .contains("shadow diff rate   1.00% (2 of 200")
                .contains("routes ended in    coupon new, coupon-writes new")
                .contains("gate rollbacks     none")
                .contains("rows synced        1234 changes applied, both ways")
                .contains("written on new     12 rows created by the service")
                .contains("verify             57 rows compared: 0 missing, 0 extra, 0 different")
                .contains("trace 40.0 s, traffic 60.0 s, total 100.0 s")
                .contains("not in this build: a missing step")
                .contains("ZERO LOSS: yes")
                .doesNotContain("fault drill");
    }

    @Test
    void failsOnAnyFailedRequestWithoutTheFaultDrill() {
        DemoSummary s = summary(traffic("0", "1"), CLEAN, DemoSummary.Chaos.NONE, List.of());

        assertThat(s.problems()).singleElement().asString().contains("POST /api/coupons=1");
    }

    @Test
    void withTheFaultDrillOnlyIdempotentFailuresCountAndARollbackMustHaveHappened() {
        DemoSummary.Chaos drill = new DemoSummary.Chaos(true, 33);
        List<String> rollback = List.of("coupon: canary 50% -> shadow (error rate 0.4 > 0.1)");

        DemoSummary refusedWrite = summary(traffic("0", "2"), CLEAN, drill, rollback);
        assertThat(refusedWrite.zeroLoss()).isTrue();
        assertThat(render(refusedWrite))
                .contains("failed requests    2 (0 idempotent)")
                .contains("fault drill        the new service was killed 33 s into the traffic")
                .contains("gate rollbacks     coupon: canary 50% -> shadow");

        assertThat(summary(traffic("1", "0"), CLEAN, drill, rollback).problems())
                .singleElement()
                .asString()
                .contains("1 idempotent requests failed");
        assertThat(summary(traffic("0", "0"), CLEAN, drill, List.of()).problems())
                .singleElement()
                .asString()
                .contains("no gate rolled a route back");
    }

    @Test
    void failsOnMissingExtraOrDifferentRows() {
        DemoSummary.DataCheck lost = new DemoSummary.DataCheck(List.of("coupons"), 10, 10, 0, 0, 1, 0, 2);

        assertThat(summary(traffic("0", "0"), lost, DemoSummary.Chaos.NONE, List.of())
                        .problems())
                .singleElement()
                .asString()
                .contains("1 missing, 0 extra, 2 different");
    }
}
