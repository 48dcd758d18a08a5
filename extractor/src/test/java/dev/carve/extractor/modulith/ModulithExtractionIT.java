package dev.carve.extractor.modulith;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.extractor.testing.SampleCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test on the sample monolith: two proposed modules extracted one after the other; the rewritten
 * sample compiles and keeps its formatting (spotless), its tests and the added ModularityTests pass, and extraction-todo.md lists what remains.
 */
class ModulithExtractionIT {
    @Test
    void extractsTwoModulesAndTheSampleStillBuildsAndPassesItsTests() throws Exception {
        // under target/, kept after the run so a failure can be inspected (the next run starts afresh)
        Path sample = SampleCopy.create(SampleCopy.fresh(Path.of("target/it-modulith")));
        ModulithExtractor extractor = new ModulithExtractor();

        ModulithResult coupon = extractor.extract(ModulithOptions.of(sample, SampleCopy.proposal(), "coupon"));
        assertThat(coupon.moves()).hasSize(11);
        assertThat(sample.resolve("src/main/java/com/acme/shop/coupon/package-info.java"))
                .exists();
        SampleCopy.commit(sample, "extract coupon");
        ModulithResult again = extractor.extract(ModulithOptions.of(sample, SampleCopy.proposal(), "coupon"));
        assertThat(again.unchanged())
                .as("a second run changes nothing: %s %s %s", again.changed(), again.created(), again.deleted())
                .isTrue();

        ModulithResult notification =
                extractor.extract(ModulithOptions.of(sample, SampleCopy.proposal(), "notification"));
        assertThat(notification.moves()).hasSize(16);

        String todo = Files.readString(sample.resolve("extraction-todo.md"));
        assertThat(todo).contains("## Module `coupon`", "## Module `notification`");
        assertThat(todo).containsPattern("`src/main/java/com/acme/shop/coupon/[\\w/]+\\.java:\\d+`");
        assertThat(notification.todo())
                .isNotEmpty()
                .allSatisfy(item -> assertThat(todo).contains(item.location()));

        SampleCopy.Result build = SampleCopy.maven(
                sample,
                List.of(
                        "test",
                        "spotless:check",
                        "-Dtest=ModularityTests,ArchitectureTest,ExpectedBoundariesTest",
                        "-Dsurefire.failIfNoSpecifiedTests=false"));
        assertThat(build.exitCode()).as(build.tail()).isZero();
        assertThat(build.log()).contains("Tests run:", "ModularityTests");
        assertThat(sample.resolve("target/spring-modulith-docs")).isDirectory();
    }
}
