package dev.carve.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carve.reports.fixtures.ShopProposal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private final String html = new HtmlReport().render(ShopProposal.proposal());

    @Test
    void inlinesTheChartLibraryAndLoadsNothingFromTheNetwork() {
        assertThat(html).contains("echarts").hasSizeGreaterThan(500_000);
        assertThat(html).doesNotContainPattern("(?i)<script[^>]*\\ssrc=");
        assertThat(html).doesNotContainPattern("(?i)<link[^>]*\\shref=\"(https?:)?//");
        assertThat(html).doesNotContainPattern("(?i)@import");
    }

    @Test
    void hostileTextCannotCloseTheDataScript() {
        // three script elements (data, library, app), each closed exactly once
        assertThat(Pattern.compile("(?i)</script>").matcher(html).results().count())
                .isEqualTo(3);
        assertThat(html).doesNotContain("<img src=x");
    }

    @Test
    void embeddedDataReadsBackToTheProposal() throws Exception {
        Matcher m = Pattern.compile(
                        "<script type=\"application/json\" id=\"carve-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).isTrue();
        JsonNode data = new ObjectMapper().readTree(m.group(1));
        assertThat(data.path("reportVersion").asInt()).isEqualTo(ReportData.REPORT_VERSION);
        assertThat(data.path("proposal").path("notes").get(1).asText()).isEqualTo(ShopProposal.HOSTILE_NOTE);
        assertThat(data.path("proposal").path("modules")).hasSize(3);
    }

    @Test
    void scriptTextIsEscapedCaseInsensitively() {
        assertThat(HtmlReport.script("a</script>b</SCRIPT >")).isEqualTo("a<\\/script>b<\\/SCRIPT >");
    }
}
