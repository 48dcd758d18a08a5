package dev.carve.cli.analyze;

import static dev.carve.cli.testing.CliRun.carve;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carve.cli.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carve analyze} end to end, on a small project written by the test, into a memory store. */
class AnalyzeCommandTest {
    @TempDir
    static Path dir;

    static Path project;

    @BeforeAll
    static void writeProject() throws IOException {
        project = dir.resolve("shop");
        write("src/main/java/shop/OrderController.java", """
                package shop;

                @RestController
                @RequestMapping("/orders")
                public class OrderController {
                    private final OrderService service = new OrderService();

                    @GetMapping("/{id}")
                    public String get(long id) {
                        return service.find(id);
                    }
                }
                """);
        write("src/main/java/shop/OrderService.java", """
                package shop;

                public class OrderService {
                    public String find(long id) {
                        return "order " + id;
                    }
                }
                """);
        write("src/main/java/shop/Broken.java", "package shop;\n\nclass Broken {\n  void f( {\n}\n");
        write("src/main/resources/db/migration/V1__init.sql", "create table orders (id bigint primary key);\n");
    }

    private static void write(String relative, String content) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void analyzesAProjectIntoTheStoreAndSummarizesWithProblemsAtFileAndLine() {
        CliRun run = carve("analyze", project.toString(), "--store", "memory:", "-q", "--no-cache");

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("types         2")
                .contains("tables        1")
                .contains("entry points  1")
                .contains("INVOKES")
                .contains("src/main/java/shop/Broken.java:4: PARSE_ERROR")
                .contains("Graph written to memory:");
    }

    @Test
    void jsonSummaryIsMachineReadable() throws IOException {
        CliRun run = carve("analyze", project.toString(), "--store", "memory:", "--json", "--no-cache");

        assertThat(run.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("types").asInt()).isEqualTo(2);
        assertThat(json.path("entryPoints").asInt()).isEqualTo(1);
        assertThat(json.path("problems").path("PARSE_ERROR").asInt()).isEqualTo(1);
        assertThat(json.path("problemList").get(0).path("line").asInt()).isEqualTo(4);
    }

    @Test
    void aMissingPathIsOneClearLineAndExitTwoAndCreatesNoStore() {
        Path storeDir = dir.resolve("untouched-store");
        CliRun run = carve("analyze", dir.resolve("nowhere").toString(), "--store", storeDir.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(storeDir).doesNotExist();
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("carve: ")
                        .contains("nowhere")
                        .contains("no such file"));
    }

    @Test
    void aPathWithoutJavaIsExitTwo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("docs-only"));
        Files.writeString(empty.resolve("README.md"), "nothing to see");

        CliRun run = carve("analyze", empty.toString(), "--store", "memory:");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no Java found");
    }
}
