package dev.carve.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.proxy.Stage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoSummaryTest {
    private static final DemoSummary.DataCheck CLEAN =
            new DemoSummary.DataCheck(List.of("coupons", "coupon_redemptions"), 1234, 0, 0, 0);

    private static WorkloadOutcome traffic(String validateErrors, String createErrors) {
        return WorkloadOutcome.parse(
                0,
                "Workload against http://127.0.0.1:1: 5000 requests, "
                        + (validateErrors.equals("0") && createErrors.equals("0") ? "0" : "1")
                        + " errors, 40.0 s, 125.0 requests/s (8 clients)\n"
                        + "GET /api/coupons/{code}/validate     100 " + validateErrors + "\n"
                        + "POST /api/coupons     20 " + createErrors + "\n",
                "");
    }

    private static DemoSummary summary(WorkloadOutcome t, DemoSummary.DataCheck data) {
        Map<String, Duration> phases = new LinkedHashMap<>();
        phases.put("trace", Duration.ofSeconds(40));
        phases.put("traffic", Duration.ofSeconds(60));
        return new DemoSummary(
                "coupon", "carve-proposal.json", t, Stage.NEW, List.of("a missing step"), data, 200, 2, phases);
    }

    @Test
    void holdsWithNoFailedRequestAndCleanDataAndSaysWhatThisBuildCannotDo() {
        DemoSummary s = summary(traffic("0", "0"), CLEAN);

        assertThat(s.zeroLoss()).isTrue();
        StringWriter out = new StringWriter();
        s.render(new PrintWriter(out));
        assertThat(out.toString())
                .contains("requests served    5000")
                .contains("failed requests    0")
                .contains("shadow diff rate   1.00% (2 of 200")
                .contains("read route         'coupon' ended in new")
                .contains("rows synced        1234")
                .contains("0 missing, 0 extra, 0 different rows")
                .contains("trace 40.0 s, traffic 60.0 s, total 100.0 s")
                .contains("not in this build: a missing step")
                .contains("ZERO LOSS: yes");
    }

    @Test
    void failsOnAnyFailedRequest() {
        DemoSummary s = summary(traffic("0", "1"), CLEAN);

        assertThat(s.problems()).singleElement().asString().contains("POST /api/coupons=1");
    }

    @Test
    void failsOnMissingExtraOrDifferentRows() {
        DemoSummary.DataCheck lost = new DemoSummary.DataCheck(List.of("coupons"), 10, 1, 0, 2);

        assertThat(summary(traffic("0", "0"), lost).problems())
                .singleElement()
                .asString()
                .contains("1 missing, 0 extra, 2 different");
    }
}
