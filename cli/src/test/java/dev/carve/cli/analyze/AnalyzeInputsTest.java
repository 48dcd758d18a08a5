package dev.carve.cli.analyze;

import static dev.carve.cli.testing.CliRun.carve;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.TypeNode;
import dev.carve.analyzer.runtime.RuntimeImport;
import dev.carve.analyzer.store.GraphStore;
import dev.carve.analyzer.store.GraphStores;
import dev.carve.cli.testing.CliRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carve analyze} on compiled input (a jar built by the test) and with runtime traces. */
class AnalyzeInputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path project;
    static Path jar;

    @BeforeAll
    static void compileAProjectAndJarIt() throws IOException {
        project = dir.resolve("shop");
        write("src/main/java/shop/RestController.java", "package shop;\n\npublic @interface RestController {}\n");
        write("src/main/java/shop/GetMapping.java", """
                package shop;

                import java.lang.annotation.Retention;
                import java.lang.annotation.RetentionPolicy;

                @Retention(RetentionPolicy.RUNTIME)
                public @interface GetMapping {
                    String[] value() default {};
                }
                """);
        write("src/main/java/shop/OrderController.java", """
                package shop;

                @RestController
                public class OrderController {
                    private final OrderService service = new OrderService();

                    @GetMapping("/orders/{id}")
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
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString()));
        try (Stream<Path> sources = Files.walk(project.resolve("src"))) {
            sources.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        int javac = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
        assertThat(javac).isZero();
        jar = dir.resolve("shop.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
    }

    private static void write(String relative, String content) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void analyzesAJarWithTheBytecodeReader() throws IOException {
        CliRun run = carve("analyze", jar.toString(), "--store", "memory:", "--json", "-q");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(run.out());
        assertThat(summary.get("build").asText()).isEqualTo("BINARIES");
        assertThat(summary.get("types").asInt()).isEqualTo(4);
        assertThat(summary.get("entryPoints").asInt()).isEqualTo(1);
        assertThat(summary.get("dependencies").get("INVOKES").asInt()).isPositive();
        assertThat(summary.get("dependencies").get("CONSTRUCTS").asInt()).isPositive();
    }

    @Test
    void addsRuntimeCallsFromTracesToTheStaticGraph() throws IOException {
        Path traces = dir.resolve("traces.jsonl");
        Files.writeString(traces, """
                {"type":"invocations","v":1,"kind":"http","name":"GET /orders/{id}","route":"GET /orders/{id}",\
                "handler":"shop.OrderController#get","from":"2026-11-23T08:45:29Z","to":"2026-11-23T08:45:30Z",\
                "invocations":5,"failed":0,"micros":1000,"partial":false,"calls":[["Root","shop.OrderController#get",5],\
                ["shop.OrderController#get","shop.OrderService#find",5]],"sql":[],"exceptions":[],\
                "dropped":{"calls":0,"sql":0,"exceptions":0}}
                """);

        CliRun run = carve(
                "analyze",
                project.toString(),
                "--traces",
                traces.toString(),
                "--store",
                "memory:",
                "--json",
                "-q",
                "--no-cache");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(run.out());
        assertThat(summary.get("dependencies").get("RUNTIME_CALL").asInt()).isPositive();
        assertThat(summary.get("dependencies").get("INVOKES").asInt()).isPositive();
    }

    @Test
    void withoutAPathTheTracesAloneMakeTheGraph() throws IOException {
        Path acmeair = Path.of(System.getProperty("carve.shared", "testdata/shared"), "benchmarks", "acmeair");
        Path store = dir.resolve("traces-only-graph");

        CliRun run = carve("analyze", "--traces", acmeair.toString(), "--store", store.toString(), "--json", "-q");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(run.out());
        assertThat(summary.get("files").get("java").asInt()).isZero();
        CodeGraph expected = RuntimeImport.withAllFormats().tracesOnly(List.of(acmeair));
        try (GraphStore graph = GraphStores.open(store.toString())) {
            CodeGraph stored = graph.load();
            assertThat(stored.types().stream().map(TypeNode::name))
                    .isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(
                            expected.types().stream().map(TypeNode::name).toList());
            assertThat(runtimeVolume(stored)).isPositive().isEqualTo(runtimeVolume(expected));
            assertThat(stored.contexts()).hasSameSizeAs(expected.contexts());
        }
    }

    @Test
    void nothingToAnalyzeIsExitTwoWithAHint() {
        CliRun run = carve("analyze", "--store", "memory:");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Nothing to analyze").contains("--traces");
    }

    @Test
    void aJqassistantStoreThatIsNoStoreIsExitTwo() throws IOException {
        Path notAStore = Files.createDirectories(dir.resolve("not-a-store"));

        CliRun run = carve("analyze", "--jqassistant-store", notAStore.toString(), "--store", "memory:");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not a jQAssistant store");
    }

    private static double runtimeVolume(CodeGraph g) {
        return g.dependencies(DependencyKind.RUNTIME_CALL)
                .mapToDouble(Dependency::weight)
                .sum();
    }
}
