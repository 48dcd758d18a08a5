package dev.carve.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.TypeFlag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input inside a project is reported with file:line and counted; the rest is analyzed. */
class BadInputTest {
    @TempDir
    Path dir;

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Analysis.Result analyze() {
        return new Analysis(AnalysisOptions.defaults()).analyze(dir, Progress.NONE);
    }

    @Test
    void anUnparseableFileIsAProblemAtItsLineAndTheOthersAreAnalyzed() throws IOException {
        write("src/a/Good.java", "package a; public class Good { void f() { new Other(); } }");
        write("src/a/Other.java", "package a; public class Other {}");
        write("src/a/Broken.java", "package a;\n\npublic class Broken {\n  void f( {\n}\n");

        Analysis.Result result = analyze();

        assertThat(result.graph().problems())
                .filteredOn(p -> p.kind() == ProblemKind.PARSE_ERROR)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.location().file()).isEqualTo("src/a/Broken.java");
                    assertThat(p.location().line()).isEqualTo(4);
                });
        assertThat(result.graph().hasType("a.Good")).isTrue();
        assertThat(result.summary().problems()).containsEntry("PARSE_ERROR", 1L);
    }

    @Test
    void anUnresolvedTypeIsKeptAsAPlaceholderCountedAndReported() throws IOException {
        write(
                "src/a/Uses.java",
                "package a; public class Uses { private Missing missing; void f() { missing.go(); } }");

        Analysis.Result result = analyze();
        CodeGraph g = result.graph();

        assertThat(g.type("Missing").orElseThrow().has(TypeFlag.UNRESOLVED)).isTrue();
        assertThat(g.dependencies()).anyMatch(d -> d.from().equals("a.Uses") && d.to().equals("Missing"));
        assertThat(result.summary().unresolvedReferences()).isGreaterThanOrEqualTo(2);
        assertThat(g.problems())
                .filteredOn(p -> p.kind() == ProblemKind.UNRESOLVED_TYPE)
                .extracting(AnalysisProblem::toString)
                .anyMatch(s -> s.startsWith("src/a/Uses.java:1: UNRESOLVED_TYPE: Missing"));
    }

    @Test
    void anUnknownSqlConstructIsReportedAndTheScriptGoesOn() throws IOException {
        write("src/a/A.java", "package a; class A {}");
        write(
                "db/migration/V1__x.sql",
                "create table a (id int);\ncreate table b (id int primary key) partition by wibble wobble;\n"
                        + "create table c (id int);\n");

        CodeGraph g = analyze().graph();

        assertThat(g.problems())
                .filteredOn(p -> p.kind() == ProblemKind.UNSUPPORTED_SQL)
                .singleElement()
                .satisfies(p -> assertThat(p.location().toString()).isEqualTo("db/migration/V1__x.sql:2"));
        assertThat(g.tables()).extracting(t -> t.name()).containsExactly("a", "c");
    }
}
