package dev.carve.proxy.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/formats/carve-proxy.md carries the generated key table; regenerate with -Dcarve.updateGolden=true. */
class ConfigDocsTest {
    static final String BEGIN = "<!-- generated: keys -->\n";
    static final String END = "<!-- end generated -->";

    @Test
    void theFormatReferenceListsEveryKeyAsDeclared() throws Exception {
        Path doc = Path.of(System.getProperty("carve.root", "..")).resolve("docs/formats/carve-proxy.md");
        String table = ConfigDocs.markdownTable(ProxyConfig.class);
        String text = Files.readString(doc);
        int from = text.indexOf(BEGIN);
        int to = text.indexOf(END);
        assertThat(from).as("the generated section markers in " + doc).isGreaterThanOrEqualTo(0);
        String current = text.substring(from + BEGIN.length(), to);
        if (Boolean.getBoolean("carve.updateGolden")) {
            Files.writeString(doc, text.substring(0, from + BEGIN.length()) + table + text.substring(to));
            return;
        }
        assertThat(current)
                .as("run the build with -Dcarve.updateGolden=true to regenerate " + doc)
                .isEqualTo(table);
        assertThat(table).contains("| `routes[].gates.maxErrorRate` | number | `0.05` |");
    }
}
