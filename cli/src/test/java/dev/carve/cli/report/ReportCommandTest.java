package dev.carve.cli.report;

import static dev.carve.cli.testing.CliRun.carve;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.cli.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carve report} as a user runs it: a proposal file in, report files and exit codes out. */
class ReportCommandTest {
    /** The documented example proposal, kept in sync with the model by the analyzer's tests. */
    private static final Path EXAMPLE = Path.of(System.getProperty("carve.root", ".."))
            .resolve("docs/formats/carve-proposal.example.json")
            .toAbsolutePath()
            .normalize();

    @TempDir
    Path tmp;

    @Test
    void writesEveryFormatAndSaysWhere() throws Exception {
        Path dir = tmp.resolve("report");
        CliRun r = carve("report", "--proposal", EXAMPLE.toString(), "--out", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(dir)
                .isDirectoryContaining("glob:**/carve-report.html")
                .isDirectoryContaining("glob:**/carve-report.md")
                .isDirectoryContaining("glob:**/carve-report.json")
                .isDirectoryContaining("glob:**/carve-workspace.dsl")
                .isDirectoryContaining("glob:**/carve-modules.puml")
                .isDirectoryContaining("glob:**/carve-context-map.cml")
                .isDirectoryContaining("glob:**/carve-modules.graphml");
        assertThat(r.out())
                .contains("written to " + dir)
                .contains("carve-report.html")
                .contains("Open " + dir.resolve("carve-report.html").toUri());
        assertThat(Files.readString(dir.resolve("carve-report.md"))).contains("| order | 2 |");
    }

    @Test
    void readsTheProposalNextToTheStoreByDefault() throws Exception {
        Path workspace = Files.createDirectories(tmp.resolve(".carve"));
        Files.copy(EXAMPLE, workspace.resolve("carve-proposal.json"));
        CliRun r = carve("report", "--store", workspace.resolve("graph").toString(), "--format", "md,cml");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(workspace.resolve("report/carve-report.md")).exists();
        assertThat(workspace.resolve("report/carve-context-map.cml")).exists();
        assertThat(workspace.resolve("report/carve-report.html")).doesNotExist();
    }

    @Test
    void missingProposalSaysRunSuggestAndExitsTwo() {
        CliRun r = carve("report", "--proposal", tmp.resolve("nope.json").toString(), "--out", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nope.json: no such file").contains("carve suggest");
    }

    @Test
    void badProposalNamesTheFileAndExitsTwo() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"modules\": []}\n");
        CliRun r = carve("report", "--proposal", bad.toString(), "--out", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json").contains("formatVersion");
        Path broken =
                Files.writeString(tmp.resolve("broken.json"), "{\"formatVersion\": 1,\n \"modules\": [ {\"name\": }");
        CliRun r2 = carve("report", "--proposal", broken.toString(), "--out", tmp.toString());
        assertThat(r2.exit()).isEqualTo(2);
        assertThat(r2.err()).contains("broken.json:2");
    }

    @Test
    void unknownFormatListsTheKnownOnesAndExitsTwo() {
        CliRun r = carve("report", "--proposal", EXAMPLE.toString(), "--format", "pdf", "--out", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown report format 'pdf'").contains("graphml");
    }
}
