package dev.carve.analyzer.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProposalJsonTest {
    private static final Path EXAMPLE =
            Path.of(System.getProperty("carve.root", "..")).resolve("docs/formats/carve-proposal.example.json");

    @Test
    void writesAndReadsBackEveryField() {
        Proposal p = ExampleProposal.build();
        Proposal back = ProposalJson.parse(ProposalJson.toJson(p), "example");
        assertThat(back).isEqualTo(p);
        assertThat(back.moduleOf()).containsEntry("com.acme.dao.CustomerDao", "customer");
        assertThat(back.scoredAssignment()).containsEntry("com.acme.util.Money", Proposal.SHARED_KERNEL);
    }

    @Test
    void theDocumentedExampleIsWhatThisVersionWrites() throws Exception {
        String json = ProposalJson.toJson(ExampleProposal.build());
        if (Boolean.getBoolean("carve.updateGolden")) {
            Files.writeString(EXAMPLE, json, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(EXAMPLE, StandardCharsets.UTF_8))
                .as("docs/formats/carve-proposal.example.json (regenerate with -Dcarve.updateGolden=true)")
                .isEqualTo(json);
    }

    @Test
    void readsAFileThatOmitsOptionalListsAndIgnoresUnknownFields() {
        Proposal p = ProposalJson.parse("{\"formatVersion\": 1, \"later\": {\"x\": 1}}", "min.json");
        assertThat(p.modules()).isEmpty();
        assertThat(p.metrics()).isEqualTo(Metrics.NONE);
    }

    @Test
    void readsARightSizingWrittenBeforeItsLaterEvidenceFields() {
        String text = "{\"formatVersion\": 1, \"modules\": [{\"name\": \"a\", \"rightSizing\": {\"classes\": 4,"
                + " \"linesOfCode\": 90, \"couplingIn\": 2, \"couplingOut\": 3, \"dependents\": 1,"
                + " \"dependencies\": 1, \"sharedTables\": 0, \"crossModuleTransactions\": 0,"
                + " \"syncCallsOnHotPaths\": 0, \"changeCoupling\": 0, \"runtimeLoad\": 0, \"entryPoints\": 1,"
                + " \"verdict\": \"modulith-module\", \"mergeWith\": \"\", \"reasons\": [\"in a cycle\"]}}]}";
        RightSizing r = ProposalJson.parse(text, "old.json").modules().get(0).rightSizing();
        assertThat(r.verdict()).isEqualTo(RightSizing.MODULITH_MODULE);
        assertThat(r.syncCallsIn()).isZero();
        assertThat(r.hotPathShare()).isZero();
        assertThat(r.partner()).isEmpty();
        assertThat(r.inCycle()).isFalse();
    }

    @Test
    void refusesANewerFormatVersion() {
        assertThatThrownBy(() -> ProposalJson.parse("{\"formatVersion\": 99}", "new.json"))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("formatVersion 99 is not supported");
    }

    @Test
    void namesTheLineAndFieldOfAWrongValue() {
        String text = "{\n  \"formatVersion\": 1,\n  \"modules\": [\n    {\"name\": \"a\", \"members\": 7}\n  ]\n}";
        assertThatThrownBy(() -> ProposalJson.parse(text, "bad.json"))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("bad.json:4")
                .hasMessageContaining("modules[0].members")
                .extracting(e -> ((CarveException) e).kind())
                .isEqualTo(CarveException.Kind.BAD_INPUT);
    }

    @Test
    void refusesAFileThatIsNotAProposal() {
        assertThatThrownBy(() -> ProposalJson.parse("{\"a\": 1}", "x.json"))
                .hasMessageContaining("'formatVersion' is missing");
        assertThatThrownBy(() -> ProposalJson.parse("{\"a\": ", "y.json")).hasMessageContaining("not valid JSON");
    }
}
