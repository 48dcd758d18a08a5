package dev.carve.analyzer;

import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Analyzes the scenario fixtures under {@code src/test/java/.../fixtures/<scenario>} once per JVM. */
public final class Fixtures {
    public static final String PACKAGE = "dev.carve.analyzer.fixtures.";
    private static final Map<String, CodeGraph> GRAPHS = new ConcurrentHashMap<>();

    private Fixtures() {}

    public static Path root() {
        String root = System.getProperty("carve.root");
        Path base = root == null ? Path.of("..") : Path.of(root);
        return base.resolve("analyzer").toAbsolutePath().normalize();
    }

    public static Path scenario(String name) {
        return root().resolve("src/test/java/dev/carve/analyzer/fixtures").resolve(name);
    }

    public static CodeGraph graph(String scenario) {
        return GRAPHS.computeIfAbsent(
                scenario,
                s -> new Analysis(AnalysisOptions.defaults())
                        .analyze(scenario(s), Progress.NONE)
                        .graph());
    }

    public static String type(String scenario, String simpleName) {
        return PACKAGE + scenario + "." + simpleName;
    }

    public static Stream<Dependency> edges(CodeGraph g, DependencyKind kind, String from, String to) {
        return g.dependencies(kind).filter(d -> d.from().equals(from) && d.to().equals(to));
    }
}
