package dev.carve.extractor.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run of {@link ServiceExtractor} generated (or, with {@code dryRun}, would generate).
 *
 * <p>For a caller that builds and starts the service (e.g. {@code carve demo}): run {@link #buildCommand()} in
 * {@link #projectDir()}, then {@link #startCommand(int)}; the service is ready when {@link #readinessPath()} answers
 * 200. Point the monolith at it with {@code <seamProperty>=remote} and {@code <seamUrlProperty>=http://host:port};
 * route the module's entry points ({@link #routes()} of kind {@code ENTRY_POINT}) to it in the proxy, and sync
 * {@link #ownedTables()} (same names and columns as in the monolith) into its database.
 *
 * @param module the module
 * @param serviceName the service's name, {@code <module>-service} (artifact id, jar name, Kubernetes name)
 * @param projectDir the generated standalone Maven project (own {@code mvnw})
 * @param applicationClass the service's {@code @SpringBootApplication} class
 * @param routes the HTTP routes the service serves: the seam API and the module's own entry points
 * @param ownedTables the tables the module owns, created by the service's Flyway migration
 * @param seamProperty the monolith's switch, e.g. {@code carve.seam.coupon} ({@code local} or {@code remote})
 * @param seamUrlProperty the monolith's property for the service's base URL, e.g. {@code carve.seam.coupon.url}
 * @param seams the member classes whose cross-boundary calls now go through a seam, with their methods
 * @param serviceFiles files of the service project, relative to {@link #projectDir()}
 * @param monolithChanged monolith files rewritten (callers now typed by the seam interface), relative to the project
 * @param monolithCreated monolith files created (the seam), relative to the project
 * @param todo what Carve could not map or move, also written to {@code extraction-todo.md} in the service project
 * @param dryRun whether nothing was written
 */
public record ServiceResult(
        String module,
        String serviceName,
        Path projectDir,
        String applicationClass,
        List<Route> routes,
        List<String> ownedTables,
        String seamProperty,
        String seamUrlProperty,
        List<Seam> seams,
        List<Path> serviceFiles,
        List<Path> monolithChanged,
        List<Path> monolithCreated,
        List<TodoEntry> todo,
        boolean dryRun) {

    public ServiceResult {
        routes = List.copyOf(routes);
        ownedTables = List.copyOf(ownedTables);
        seams = List.copyOf(seams);
        serviceFiles = List.copyOf(serviceFiles);
        monolithChanged = List.copyOf(monolithChanged);
        monolithCreated = List.copyOf(monolithCreated);
        todo = List.copyOf(todo);
    }

    /** Builds the service offline-capable with its own wrapper: {@code ./mvnw -B package} (runs its tests). */
    public List<String> buildCommand() {
        return List.of(projectDir.resolve("mvnw").toString(), "-B", "-ntp", "package");
    }

    /**
     * Starts the built service on {@code port} with its own embedded PostgreSQL (a throw-away database under
     * {@code target/}); add {@code --spring.datasource.url=jdbc:postgresql://...} to use another database.
     */
    public List<String> startCommand(int port) {
        List<String> command = new ArrayList<>(List.of(
                "java",
                "-Djava.io.tmpdir=" + projectDir.resolve("target/tmp"),
                "-jar",
                projectDir.resolve("target").resolve(serviceName + ".jar").toString(),
                "--server.port=" + port));
        return List.copyOf(command);
    }

    /** The service's readiness endpoint (includes its database). */
    public String readinessPath() {
        return "/actuator/health/readiness";
    }

    /** One HTTP route of the service. */
    public record Route(String method, String path, Kind kind, String target) {
        /** Why the service serves it. */
        public enum Kind {
            /** a call that crossed the boundary in the monolith, now made by the monolith's seam client */
            SEAM,
            /** one of the module's own entry points (its controllers), for the proxy to move */
            ENTRY_POINT
        }
    }

    /**
     * One member class called across the boundary.
     *
     * @param memberClass the module's class the calls went to
     * @param seamInterface the interface callers now depend on
     * @param methods the methods in the seam
     */
    public record Seam(String memberClass, String seamInterface, List<String> methods) {}

    /**
     * Something left for a human.
     *
     * @param kind e.g. {@code static-call}, {@code shared-entity}, {@code unmappable}, {@code copied-class}
     * @param location {@code path:line} in the monolith, or a file of the service
     * @param what what it is
     * @param change the suggested change
     */
    public record TodoEntry(String kind, String location, String what, String change) {}
}
