package dev.carve.extractor.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files under src/test/resources/golden/service; {@code -Dcarve.updateGolden=true} rewrites them. */
final class Golden {
    private static final Path DIR = Path.of("src/test/resources/golden/service");

    private Golden() {}

    static void check(Path actual, String golden) throws IOException {
        Path expected = DIR.resolve(golden);
        String text = Files.readString(actual);
        if (Boolean.getBoolean("carve.updateGolden")) {
            Files.createDirectories(DIR);
            Files.writeString(expected, text);
        }
        assertThat(expected)
                .as("golden file (create it with -Dcarve.updateGolden=true)")
                .exists();
        assertThat(text)
                .as("%s (update with -Dcarve.updateGolden=true)", golden)
                .isEqualTo(Files.readString(expected));
    }
}
