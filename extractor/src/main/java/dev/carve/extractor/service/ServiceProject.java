package dev.carve.extractor.service;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.carve.extractor.code.References;
import dev.carve.extractor.code.SourceFile;
import dev.carve.extractor.code.SourceTree;
import dev.carve.extractor.code.TypeRef;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The files of the generated service project: the module's classes (and the monolith classes they need, copied
 * and listed), the application class, the seam controllers, the schema migration, configuration for a platform,
 * generated tests, Dockerfile, Kubernetes manifests and its own Maven wrapper.
 */
final class ServiceProject {
    static final List<String> WRAPPER = List.of("mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties");
    private static final Set<String> ADVICE = Set.of("RestControllerAdvice", "ControllerAdvice");
    private static final List<String> OWN_KEYS = List.of(
            "spring.application.name",
            "spring.main.banner-mode",
            "server.port",
            "spring.datasource.url",
            "spring.flyway.",
            "spring.jpa.hibernate.ddl-auto",
            "spring.jpa.open-in-view",
            "management.",
            "logging.level.io.zonky",
            "spring.datasource.hikari.data-source-properties.connectTimeout",
            "sample.db.",
            "carve.seam.");

    private ServiceProject() {}

    /**
     * The monolith's classes the service needs: the module's members, the monolith's controller advice (one error
     * format for the copied controllers) and everything they reference, except the monolith's application class.
     */
    static Set<String> closure(SourceTree tree, Set<String> members, String applicationClass) {
        References references = new References(tree);
        Set<String> out = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(members);
        for (SourceFile file : tree.files()) {
            for (TypeDeclaration<?> type : file.unit().getTypes()) {
                if (file.main()
                        && type.getAnnotations().stream()
                                .anyMatch(a -> ADVICE.contains(References.simpleName(a.getNameAsString())))) {
                    queue.add(file.typeNames().get(0));
                }
            }
        }
        while (!queue.isEmpty()) {
            String type = queue.poll();
            SourceFile file = tree.fileOf(type).orElse(null);
            if (file == null || !file.main() || type.equals(applicationClass) || !out.add(type)) {
                continue;
            }
            for (TypeRef ref : references.of(file)) {
                if (!out.contains(ref.type())) {
                    queue.add(ref.type());
                }
            }
        }
        return out;
    }

    record Model(
            String module,
            String serviceName,
            String basePackage,
            String servicePackage,
            String applicationSimpleName,
            String monolithArtifact,
            String monolithName,
            MonolithPom pom,
            List<String> ownedTables,
            List<String> seamRoutes) {}

    static Map<Path, String> files(
            Model model,
            SourceTree tree,
            Set<String> classes,
            List<SeamCode> seams,
            ServiceSchema schema,
            String monolithProperties) {
        Map<Path, String> files = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("module", model.module());
        values.put("serviceName", model.serviceName());
        values.put("basePackage", model.basePackage());
        values.put("servicePackage", model.servicePackage());
        values.put("applicationSimpleName", model.applicationSimpleName());
        values.put("applicationClass", model.basePackage() + "." + model.applicationSimpleName());
        values.put("testSimpleName", model.applicationSimpleName() + "Tests");
        values.put("monolithArtifact", model.monolithArtifact());
        values.put("monolith", model.monolithName());
        values.put("groupId", model.pom().groupId());
        values.put("bootVersion", model.pom().bootVersion());
        values.put("javaVersion", model.pom().javaVersion());
        values.put("embeddedPostgresVersion", model.pom().embeddedPostgresVersion());
        values.put("postgresBinariesVersion", model.pom().postgresBinariesVersion());
        values.put("dbName", model.module().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_"));
        values.put(
                "seamControllers",
                seams.isEmpty()
                        ? "{}"
                        : "{"
                                + String.join(
                                        ", ",
                                        seams.stream()
                                                .map(s -> s.controllerName() + ".class")
                                                .toList()) + "}");
        values.put(
                "seamRouteList",
                String.join(
                        ", ",
                        model.seamRoutes().stream().map(r -> "\"" + r + "\"").toList()));
        StringBuilder checks = new StringBuilder();
        for (String table : model.ownedTables()) {
            checks.append("        assertThat(jdbc.queryForObject(\"select count(*) from ")
                    .append(table)
                    .append("\", Long.class)).isNotNull();\n");
        }
        values.put("tableChecks", checks.toString().stripTrailing());
        values.put("monolithProperties", serviceProperties(monolithProperties));

        files.put(Path.of("pom.xml"), Template.render("pom.xml.tmpl", values));
        files.put(Path.of(".gitignore"), "target/\n");
        Path main = SourceTree.MAIN;
        for (String type : classes) {
            SourceFile file = tree.fileOf(type).orElseThrow();
            files.put(file.path(), file.original());
        }
        Path base = main.resolve(model.basePackage().replace('.', '/'));
        Path service = main.resolve(model.servicePackage().replace('.', '/'));
        files.put(
                base.resolve(model.applicationSimpleName() + ".java"),
                Template.render("Application.java.tmpl", values));
        for (String name : List.of("EmbeddedDatabaseConfig", "TraceResponseFilter", "SeamErrors")) {
            files.put(service.resolve(name + ".java"), Template.render(name + ".java.tmpl", values));
        }
        for (SeamCode seam : seams) {
            files.put(service.resolve(seam.controllerName() + ".java"), seam.controller(model.servicePackage()));
        }
        files.put(
                service.resolve("package-info.java"),
                "/** The " + model.module() + " service's own code, generated"
                        + " by Carve: embedded database, seam API, trace response header. */\npackage "
                        + model.servicePackage() + ";\n");
        Path resources = Path.of("src/main/resources");
        files.put(resources.resolve("application.properties"), Template.render("application.properties.tmpl", values));
        files.put(resources.resolve("db/migration/V1__" + values.get("dbName") + "_schema.sql"), schema.ddl());
        Path test = SourceTree.TEST.resolve(model.servicePackage().replace('.', '/'));
        files.put(
                test.resolve(model.applicationSimpleName() + "Tests.java"),
                Template.render("ServiceTests.java.tmpl", values));
        files.put(Path.of("Dockerfile"), Template.render("Dockerfile.tmpl", values));
        files.put(Path.of("k8s", model.serviceName() + ".yaml"), Template.render("k8s.yaml.tmpl", values));
        return files;
    }

    /** The monolith's own settings the copied classes may read (shop.*, jobs, …), without what the service sets. */
    private static String serviceProperties(String monolith) {
        List<String> kept = new ArrayList<>();
        for (String line : monolith.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            String key = trimmed.split("[=:\\s]", 2)[0];
            if (OWN_KEYS.stream().noneMatch(k -> k.endsWith(".") ? key.startsWith(k) : key.equals(k))) {
                kept.add(trimmed);
            }
        }
        return kept.isEmpty()
                ? ""
                : "\n# from the monolith's application.properties\n" + String.join("\n", kept) + "\n";
    }
}
