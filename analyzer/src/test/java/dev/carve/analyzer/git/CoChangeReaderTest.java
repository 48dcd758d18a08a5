package dev.carve.analyzer.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoChangeReaderTest {
    @TempDir
    Path dir;

    private static final CodeGraph TYPES = CodeGraph.builder()
            .type(TypeNode.of("a.Order", TypeKind.CLASS, Origin.SOURCE, SourceLocation.of("src/a/Order.java", 1)))
            .type(TypeNode.of("a.Invoice", TypeKind.CLASS, Origin.SOURCE, SourceLocation.of("src/a/Invoice.java", 1)))
            .type(TypeNode.of("a.Stock", TypeKind.CLASS, Origin.SOURCE, SourceLocation.of("src/a/Stock.java", 1)))
            .build();

    private void commit(Git git, String message, String... files) throws IOException, GitAPIException {
        for (String f : files) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(
                    p,
                    message + "\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            git.add().addFilepattern(f).call();
        }
        git.commit()
                .setMessage(message)
                .setAuthor("t", "t@example.org")
                .setCommitter("t", "t@example.org")
                .setSign(false)
                .call();
    }

    @Test
    void classesChangedTogetherGetWeightedCoChangeEdgesAndHugeCommitsAreIgnored() throws Exception {
        try (Git git =
                Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, "initial import", "src/a/Order.java", "src/a/Invoice.java", "src/a/Stock.java");
            commit(git, "invoice per order", "src/a/Order.java", "src/a/Invoice.java");
            commit(git, "invoice totals", "src/a/Order.java", "src/a/Invoice.java");
            commit(git, "reformat everything", "src/a/Order.java", "src/a/Invoice.java", "src/a/Stock.java");
            commit(git, "stock alone", "src/a/Stock.java");
        }
        CodeGraph g = CoChangeReader.read(dir, TYPES, CoChangeOptions.defaults().withMaxFilesPerCommit(2));

        assertThat(g.dependencies(DependencyKind.CO_CHANGE)).singleElement().satisfies(d -> {
            assertThat(d.from()).isEqualTo("a.Invoice");
            assertThat(d.to()).isEqualTo("a.Order");
            assertThat(d.weight()).isEqualTo(2.0);
        });
        assertThat(g.properties()).containsEntry("git.commits", "5");
    }

    @Test
    void theWindowLimitsHowFarBackHistoryIsRead() throws Exception {
        try (Git git =
                Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, "initial import", "src/a/Order.java", "src/a/Invoice.java");
            commit(git, "together 1", "src/a/Order.java", "src/a/Invoice.java");
            commit(git, "together 2", "src/a/Order.java", "src/a/Invoice.java");
            commit(git, "alone", "src/a/Stock.java");
        }
        CodeGraph g = CoChangeReader.read(
                dir, TYPES, CoChangeOptions.defaults().withWindow(2).withMinCount(1));
        assertThat(g.dependencies(DependencyKind.CO_CHANGE))
                .singleElement()
                .satisfies(d -> assertThat(d.weight()).isEqualTo(1.0));
    }

    @Test
    void outsideARepositoryItIsAProblemNotAFailure() throws IOException {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        CodeGraph g = CoChangeReader.read(plain, TYPES, CoChangeOptions.defaults(), dir);
        assertThat(g.dependencies()).isEmpty();
        assertThat(g.problems()).extracting(p -> p.kind()).containsExactly(ProblemKind.CONFIGURATION);
    }
}
