package dev.carve.extractor.modulith;

import dev.carve.analyzer.proposal.ModuleDependency;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.extractor.ExtractionException;
import dev.carve.extractor.code.References;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Spring Modulith files Carve adds to the monolith: a {@code package-info.java} declaring each extracted module
 * (allowed dependencies from the proposal, limited to modules that exist), the {@code ModularityTests} test, the
 * dependencies in {@code pom.xml} (the annotations at compile scope, the verification at test scope), and the detection strategy that makes only declared packages modules.
 */
final class ModulithScaffold {
    /** The Spring Modulith line that matches Spring Boot 4.x; the root pom's {@code modulith.version}. */
    static final String MODULITH_VERSION = "2.1.1";

    static final String DETECTION = "spring.modulith.detection-strategy=explicitly-annotated";
    static final Path PROPERTIES = Path.of("src", "main", "resources", "application.properties");

    private ModulithScaffold() {}

    static String packageInfo(String moduleName, String modulePackage, Collection<String> allowed) {
        String allowedText = allowed.isEmpty()
                ? ""
                : ", allowedDependencies = {"
                        + allowed.stream().sorted().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "))
                        + "}";
        return "/**\n"
                + " * The {@code " + moduleName + "} application module. " + ExtractedModule.MARKER
                + " ({@code carve extract modulith}) from the\n"
                + " * boundary proposal: types in this package are its API, {@code internal} holds the rest.\n"
                + " * Allowed dependencies are the proposal's dependencies on modules extracted so far.\n"
                + " */\n"
                + "@org.springframework.modulith.ApplicationModule(displayName = \"" + moduleName + "\""
                + allowedText + ")\n"
                + "package " + modulePackage + ";\n";
    }

    /** The proposal's outgoing dependencies of the module that are extracted modules. */
    static List<String> allowed(Proposal proposal, String module, Map<String, String> extracted) {
        return proposal.module(module)
                .map(m -> m.outgoing().stream()
                        .map(ModuleDependency::to)
                        .filter(extracted::containsKey)
                        .distinct()
                        .toList())
                .orElse(List.of());
    }

    static String modularityTests(String applicationClass) {
        String pkg = References.parent(applicationClass);
        String simple = References.simpleName(applicationClass);
        return (pkg.isEmpty() ? "" : "package " + pkg + ";\n\n")
                + "import org.junit.jupiter.api.Test;\n"
                + "import org.springframework.modulith.core.ApplicationModules;\n"
                + "import org.springframework.modulith.docs.Documenter;\n\n"
                + "/**\n"
                + " * Added by Carve ({@code carve extract modulith}): verifies the rules of the application modules\n"
                + " * extracted so far and writes their documentation to target/spring-modulith-docs. Packages without\n"
                + " * {@code @ApplicationModule} are not modules yet; what still ties the modules to them is listed in\n"
                + " * extraction-todo.md.\n"
                + " */\n"
                + "class ModularityTests {\n"
                + "    private static final ApplicationModules MODULES = ApplicationModules.of(" + simple
                + ".class);\n\n"
                + "    @Test\n"
                + "    void extractedModulesKeepTheirRules() {\n"
                + "        MODULES.verify();\n"
                + "    }\n\n"
                + "    @Test\n"
                + "    void writesModuleDocumentation() {\n"
                + "        new Documenter(MODULES).writeDocumentation();\n"
                + "    }\n"
                + "}\n";
    }

    /** The pom with Spring Modulith's test dependencies added; unchanged when they are there. */
    static String pom(String pom, Path file) {
        if (pom.contains("<artifactId>spring-modulith-core</artifactId>")) {
            return pom;
        }
        int management = pom.indexOf("</dependencyManagement>");
        int build = pom.indexOf("<build>");
        int open = pom.indexOf("<dependencies>", Math.max(0, management));
        if (open < 0 || (build >= 0 && open > build)) {
            throw ExtractionException.badInput(file + ": no <dependencies> section for the application; add one"
                    + " (or add org.springframework.modulith:spring-modulith-core and spring-modulith-docs, test"
                    + " scope) and run again. Nothing was written.");
        }
        int close = pom.indexOf("</dependencies>", open);
        String indent = "    ";
        String version = pom.contains("</properties>") ? "${spring-modulith.version}" : MODULITH_VERSION;
        String deps = "\n" + indent + indent
                + "<!-- added by carve extract modulith: @ApplicationModule, ModularityTests -->\n"
                + dependency("spring-modulith-api", indent, version, "compile")
                + dependency("spring-modulith-core", indent, version, "test")
                + dependency("spring-modulith-docs", indent, version, "test")
                + indent;
        String withDeps = pom.substring(0, close).stripTrailing() + "\n" + deps + pom.substring(close);
        int props = withDeps.indexOf("</properties>");
        String property = indent + indent + "<spring-modulith.version>" + MODULITH_VERSION
                + "</spring-modulith.version>\n" + indent;
        return props < 0
                ? withDeps
                : withDeps.substring(0, props).stripTrailing() + "\n" + property + withDeps.substring(props);
    }

    private static String dependency(String artifact, String indent, String version, String scope) {
        return indent + indent + "<dependency>\n"
                + indent + indent + indent + "<groupId>org.springframework.modulith</groupId>\n"
                + indent + indent + indent + "<artifactId>" + artifact + "</artifactId>\n"
                + indent + indent + indent + "<version>" + version + "</version>\n"
                + indent + indent + indent + "<scope>" + scope + "</scope>\n"
                + indent + indent + "</dependency>\n";
    }

    /** application.properties with the explicitly-annotated detection strategy; unchanged when it is set. */
    static String properties(Optional<String> current) {
        String text = current.orElse("");
        if (text.contains("spring.modulith.detection-strategy")) {
            return text;
        }
        String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        return text + sep + (text.isEmpty() ? "" : "\n")
                + "# carve extract modulith: only packages with @ApplicationModule are modules; the rest is legacy\n"
                + "# code not modularised yet (see extraction-todo.md)\n"
                + DETECTION + "\n";
    }
}
