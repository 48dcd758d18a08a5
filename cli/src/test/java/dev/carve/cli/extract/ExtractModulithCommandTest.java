package dev.carve.cli.extract;

import static dev.carve.cli.testing.CliRun.carve;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.cli.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carve extract modulith} as a user runs it: exit codes and messages for bad input. */
class ExtractModulithCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingProposalIsBadInputWithAHint() {
        CliRun run = carve(
                "extract",
                "modulith",
                "--module",
                "coupon",
                "--project",
                dir.toString(),
                "--proposal",
                dir.resolve("none.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("none.json").contains("carve suggest");
    }

    @Test
    void anUnknownModuleIsBadInputAndListsTheModules() throws Exception {
        Path root =
                Path.of(System.getProperty("carve.root", "..")).toAbsolutePath().normalize();
        Path proposal = root.resolve("extractor/src/test/resources/sample/carve-proposal.json");
        Files.createDirectories(dir.resolve("src/main/java"));
        CliRun run = carve(
                "extract",
                "modulith",
                "--module",
                "billing",
                "--project",
                dir.toString(),
                "--proposal",
                proposal.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no module 'billing'").contains("coupon");
    }

    @Test
    void theModuleOptionIsRequired() {
        CliRun run = carve("extract", "modulith");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--module");
    }
}
