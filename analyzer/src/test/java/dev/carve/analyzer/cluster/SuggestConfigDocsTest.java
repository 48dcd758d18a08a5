package dev.carve.analyzer.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.config.ConfigDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/formats/suggest-profile.md and carve-constraints.md carry the key tables generated from the declarations;
 * regenerate with -Dcarve.updateGolden=true.
 */
class SuggestConfigDocsTest {
    static final String BEGIN = "<!-- generated: keys -->\n";
    static final String END = "<!-- end generated -->";

    @ParameterizedTest
    @CsvSource({"suggest-profile.md, PROFILE", "carve-constraints.md, CONSTRAINTS"})
    void theFormatReferenceListsEveryKeyAsDeclared(String file, String which) throws Exception {
        Path doc = Path.of(System.getProperty("carve.root", ".."))
                .resolve("docs/formats")
                .resolve(file);
        String table = ConfigDocs.markdownTable(which.equals("PROFILE") ? SuggestProfile.class : ConstraintsFile.class);
        String text = Files.readString(doc);
        int from = text.indexOf(BEGIN);
        int to = text.indexOf(END);
        assertThat(from).as("the generated section markers in " + doc).isGreaterThanOrEqualTo(0);
        if (Boolean.getBoolean("carve.updateGolden")) {
            Files.writeString(doc, text.substring(0, from + BEGIN.length()) + table + text.substring(to));
            return;
        }
        assertThat(text.substring(from + BEGIN.length(), to))
                .as("run the build with -Dcarve.updateGolden=true to regenerate " + doc)
                .isEqualTo(table);
    }
}
