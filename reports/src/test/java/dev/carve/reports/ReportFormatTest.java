package dev.carve.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import dev.carve.reports.fixtures.ShopProposal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ReportFormatTest {
    @TempDir
    Path dir;

    @Test
    void parsesCommaSeparatedNamesAndAll() {
        assertThat(ReportFormat.parse("html, md")).containsExactly(ReportFormat.HTML, ReportFormat.MARKDOWN);
        assertThat(ReportFormat.parse("all")).isEqualTo(EnumSet.allOf(ReportFormat.class));
        assertThat(ReportFormat.parse("GraphML")).containsExactly(ReportFormat.GRAPHML);
    }

    @Test
    void unknownFormatNamesTheKnownOnes() {
        assertThatThrownBy(() -> ReportFormat.parse("pdf"))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("unknown report format 'pdf'")
                .hasMessageContaining("html, md, json, c4, plantuml, cml, graphml")
                .extracting(e -> ((CarveException) e).exitCode())
                .isEqualTo(2);
    }

    @Test
    void writesOneFilePerFormat() throws Exception {
        List<Reports.Written> written = Reports.write(
                ShopProposal.proposal(), Set.of(ReportFormat.MARKDOWN, ReportFormat.GRAPHML), dir.resolve("out"));
        assertThat(written)
                .extracting(Reports.Written::file)
                .containsExactly(dir.resolve("out/carve-report.md"), dir.resolve("out/carve-modules.graphml"));
        assertThat(Files.readString(written.get(0).file())).startsWith("# Carve boundary proposal");
    }

    @Test
    void graphMlIsWellFormedWithModuleAndClassNodes() throws Exception {
        Path file = Reports.write(ShopProposal.proposal(), Set.of(ReportFormat.GRAPHML), dir)
                .get(0)
                .file();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        // 3 modules + 8 placed classes; 3 module dependencies + the deduplicated class ties
        assertThat(doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node")
                        .getLength())
                .isEqualTo(11);
        assertThat(doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge")
                        .getLength())
                .isGreaterThan(3);
    }
}
