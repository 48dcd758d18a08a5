package dev.carve.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files under src/test/resources/golden; {@code -Dcarve.updateGolden=true} rewrites them. */
final class Golden {
    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {}

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("carve.updateGolden")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("golden file %s is missing: run the build with -Dcarve.updateGolden=true to create it", file)
                .exists();
        assertThat(actual)
                .as(
                        "%s differs from its golden file; if the change is intended, regenerate with"
                                + " -Dcarve.updateGolden=true and review the diff",
                        file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
