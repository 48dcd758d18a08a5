package dev.carve.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carve.cli.Carve;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code carve extract --module M} without a mode: the proposal's right-sizing verdict picks it. */
class ExtractCommandTest {
    @TempDir
    Path dir;

    private Path proposal;

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

    /** The extractor's sample proposal (order: modulith-module, database: extract-service), scheduling made a merge. */
    @BeforeEach
    void proposal() throws Exception {
        Path root =
                Path.of(System.getProperty("carve.root", "..")).toAbsolutePath().normalize();
        ObjectMapper json = new ObjectMapper();
        ObjectNode p =
                (ObjectNode) json.readTree(root.resolve("extractor/src/test/resources/sample/carve-proposal.json")
                        .toFile());
        p.withArray("modules").forEach(m -> {
            if (m.get("name").asText().equals("scheduling")) {
                ObjectNode r = (ObjectNode) m.get("rightSizing");
                r.put("verdict", "merge").put("mergeWith", "order");
            }
        });
        proposal = dir.resolve("carve-proposal.json");
        json.writeValue(proposal.toFile(), p);
        Files.createDirectories(dir.resolve("project/src/main/java"));
    }

    @Test
    void runsTheModulithModeForAModulithVerdict() {
        Run run = carve(
                "extract",
                "--module",
                "order",
                "--proposal",
                proposal.toString(),
                "--project",
                dir.resolve("project").toString(),
                "--dry-run");
        assertThat(run.out())
                .contains("Verdict for order: modulith-module")
                .contains("Running: carve extract modulith --module order --proposal " + proposal + " --project");
        // the sample's classes are not in the empty project: the modulith mode itself says so
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void namesTheServiceModeForAServiceVerdict() {
        Run run = carve(
                "extract",
                "--module",
                "database",
                "--proposal",
                proposal.toString(),
                "--project",
                dir.resolve("project").toString(),
                "--dry-run");
        assertThat(run.out())
                .contains("Verdict for database: extract-service")
                .contains("carve extract service --module database");
    }

    @Test
    void explainsAMergeInsteadOfExtracting() {
        Run run = carve("extract", "--module", "scheduling", "--proposal", proposal.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("Verdict for scheduling: merge with order")
                .contains("pin its classes to order");
    }

    @Test
    void anUnknownModuleIsBadInputAndListsTheModules() {
        Run run = carve("extract", "--module", "billing", "--proposal", proposal.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no module 'billing'").contains("coupon");
    }

    @Test
    void withoutAModuleItShowsTheModes() {
        Run run = carve("extract");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("modulith").contains("--module");
    }
}
