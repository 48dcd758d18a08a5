package dev.carve.reports;

import dev.carve.analyzer.proposal.Proposal;
import dev.carve.reports.fixtures.ShopProposal;
import org.junit.jupiter.api.Test;

/** Every format rendered from the same small proposal, compared with its golden file. */
class ReportGoldenTest {
    /** Stands in for ECharts so the HTML golden file holds the page, the app and the data, not 1 MB of library. */
    static final String STUB_CHART_LIBRARY = "window.echarts = undefined; /* </script> must be escaped */";

    private final Proposal shop = ShopProposal.proposal();

    @Test
    void markdownSummary() throws Exception {
        Golden.assertMatches("shop.md", new MarkdownReport().render(shop));
    }

    @Test
    void jsonData() throws Exception {
        Golden.assertMatches("shop.json", new JsonReport().render(shop));
    }

    @Test
    void structurizrWorkspace() throws Exception {
        Golden.assertMatches("shop.dsl", new StructurizrReport().render(shop));
    }

    @Test
    void plantUmlComponents() throws Exception {
        Golden.assertMatches("shop.puml", new PlantUmlReport().render(shop));
    }

    @Test
    void contextMapperContextMap() throws Exception {
        Golden.assertMatches("shop.cml", new ContextMapperReport().render(shop));
    }

    @Test
    void graphMl() throws Exception {
        Golden.assertMatches("shop.graphml", new GraphMlReport().render(shop));
    }

    @Test
    void htmlPageWithAStubChartLibrary() throws Exception {
        Golden.assertMatches("shop.html", new HtmlReport(STUB_CHART_LIBRARY).render(shop));
    }
}
