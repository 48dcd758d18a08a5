package dev.carve.extractor.service;

import java.nio.file.Path;

/**
 * What {@link ServiceExtractor} is asked to do.
 *
 * @param project the monolith's Maven project directory ({@code pom.xml}, {@code src/main/java}); its sources are
 *     rewritten in place (the seam)
 * @param proposal the {@code carve-proposal.json} to take the module from
 * @param module the proposed module's name
 * @param out the directory of the generated service project; empty (null) for {@code <project>/../<module>-service}
 * @param dryRun compute and report everything, write nothing
 * @param force write even when the monolith's git work tree has uncommitted changes (or is not under git), and
 *     replace a non-empty {@code out} directory
 */
public record ServiceOptions(Path project, Path proposal, String module, Path out, boolean dryRun, boolean force) {

    public static ServiceOptions of(Path project, Path proposal, String module) {
        return new ServiceOptions(project, proposal, module, null, false, false);
    }

    public ServiceOptions withOut(Path value) {
        return new ServiceOptions(project, proposal, module, value, dryRun, force);
    }

    public ServiceOptions withDryRun(boolean value) {
        return new ServiceOptions(project, proposal, module, out, value, force);
    }

    public ServiceOptions withForce(boolean value) {
        return new ServiceOptions(project, proposal, module, out, dryRun, value);
    }

    /** The service's name: {@code <module>-service}. */
    public String serviceName() {
        return module.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-service";
    }

    /** The service project directory: {@code out}, or a sibling of the project named after the service. */
    public Path outDir() {
        Path dir = out != null ? out : project.toAbsolutePath().normalize().resolveSibling(serviceName());
        return dir.toAbsolutePath().normalize();
    }
}
