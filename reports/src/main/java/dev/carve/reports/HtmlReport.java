package dev.carve.reports;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.proposal.Proposal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interactive report: one self-contained HTML file that works offline. The page (report.html, report.css,
 * report.js next to this class) and the charting library (ECharts, from its WebJar on the classpath, so bundled at
 * build time) are inlined, and the report data is embedded as JSON that no string in it can break out of.
 */
final class HtmlReport implements ReportRenderer {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z-]+)}}");
    private static final Pattern SCRIPT_END = Pattern.compile("(?i)</(script)");

    private final String chartLibrary;

    HtmlReport() {
        this(Assets.echarts());
    }

    /** With another charting library: the golden-file test uses a stub so its golden file stays small. */
    HtmlReport(String chartLibrary) {
        this.chartLibrary = chartLibrary;
    }

    @Override
    public String render(Proposal proposal) {
        String title = "Carve report: " + proposal.modules().size() + " modules ("
                + (proposal.recommended().isEmpty() ? "no recommendation" : proposal.recommended()) + ")";
        Map<String, String> values = Map.of(
                "title", dev.carve.reports.internal.Text.xml(title),
                "css", Assets.text("report.css"),
                "chart-library", script(chartLibrary),
                "app", script(Assets.text("report.js")),
                "data", embeddedJson(ReportData.compact(ReportData.of(proposal))));
        // one pass, so a placeholder-like string inside an inserted value is never replaced
        Matcher m = PLACEHOLDER.matcher(Assets.text("report.html"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Script text that cannot close its {@code <script>} element early. */
    static String script(String js) {
        return SCRIPT_END.matcher(js).replaceAll(Matcher.quoteReplacement("<\\/") + "$1");
    }

    /**
     * JSON inside {@code <script type="application/json">}: {@code <}, {@code >} and {@code &} become unicode
     * escapes (JSON only has them inside strings, where the escape means the same), so {@code </script>} in a class
     * name or note cannot end the element; U+2028/2029 are escaped for older parsers.
     */
    static String embeddedJson(String json) {
        return json.replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    /** The page's resources: next to this class, and ECharts at the WebJar path the build wrote down. */
    static final class Assets {
        private Assets() {}

        static String text(String name) {
            return read(HtmlReport.class.getResourceAsStream(name), name);
        }

        static String echarts() {
            Properties props = new Properties();
            try (InputStream in = HtmlReport.class.getResourceAsStream("report-assets.properties")) {
                if (in == null) {
                    throw CarveException.internal("report-assets.properties is missing from the Carve build", null);
                }
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String path = props.getProperty("echarts");
            return read(HtmlReport.class.getClassLoader().getResourceAsStream(path), path);
        }

        private static String read(InputStream in, String name) {
            if (in == null) {
                throw CarveException.internal(
                        "the report asset " + name + " is missing from the Carve build; rebuild Carve", null);
            }
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw CarveException.internal("cannot read the report asset " + name, e);
            }
        }
    }
}
