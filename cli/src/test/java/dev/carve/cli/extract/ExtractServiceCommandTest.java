package dev.carve.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.cli.Carve;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code carve extract service} as a user runs it: a dry run on the sample, and bad input. */
class ExtractServiceCommandTest {
    private static final Path ROOT =
            Path.of(System.getProperty("carve.root", "..")).toAbsolutePath().normalize();
    private static final Path PROPOSAL = ROOT.resolve("extractor/src/test/resources/sample/carve-proposal.json");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private static Run carve(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Carve.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aDryRunOnTheSamplePrintsRoutesSeamAndSwitchAndWritesNothing() {
        Path out = dir.resolve("coupon-service");
        Run run = carve(
                "extract",
                "service",
                "--module",
                "coupon",
                "--project",
                ROOT.resolve("sample-monolith").toString(),
                "--proposal",
                PROPOSAL.toString(),
                "--out",
                out.toString(),
                "--dry-run");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Module coupon would be extracted as coupon-service")
                .contains("route   POST /seam/coupon/CouponService/redeem (SEAM)")
                .contains("route   POST /api/coupons (ENTRY_POINT)")
                .contains("seam    com.acme.shop.service.CouponService -> com.acme.shop.seam.coupon.CouponServiceSeam")
                .contains("Switch: carve.seam.coupon=local|remote")
                .contains("(not written: --dry-run)");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownModuleIsBadInputAndListsTheModules() {
        Run run = carve(
                "extract",
                "service",
                "--module",
                "billing",
                "--project",
                ROOT.resolve("sample-monolith").toString(),
                "--proposal",
                PROPOSAL.toString(),
                "--out",
                dir.resolve("billing-service").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no module 'billing'").contains("coupon");
        assertThat(dir.resolve("billing-service")).doesNotExist();
    }

    @Test
    void theModuleOptionIsRequired() {
        Run run = carve("extract", "service");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--module");
    }
}
