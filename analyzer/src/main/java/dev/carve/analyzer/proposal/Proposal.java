package dev.carve.analyzer.proposal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A proposed decomposition of a monolith into modules, with the evidence for it. Written as {@code
 * carve-proposal.json}; {@link #FORMAT_VERSION} changes when a reader written for an older version would misread it
 * (new optional fields do not change it).
 *
 * @param formatVersion the format's version, {@link #FORMAT_VERSION} when written by this Carve
 * @param generator the tool and version that wrote it
 * @param source what was analyzed and which signals were present
 * @param settings how the suggestion was made (seed, resolutions, objective, constraints file)
 * @param recommended id of the recommended candidate, the one {@link #modules()} describes
 * @param modules the recommended modules with their evidence
 * @param sharedKernel classes proposed as a shared library rather than forced into one module
 * @param deadCode classes nothing reaches, reported and not clustered
 * @param classes one explanation per placed class (modules and shared kernel)
 * @param tables data ownership: one entry per table
 * @param candidates every decomposition of the resolution sweep, the recommended one included
 * @param constraints what the architect's constraints changed and cost
 * @param extractionOrder modules from easiest to hardest to extract, with the cuts each needs
 * @param metrics the scores of the recommended decomposition
 * @param notes things the user should know (a graph with no edges, signals missing, classes dropped)
 */
public record Proposal(
        int formatVersion,
        String generator,
        Source source,
        Settings settings,
        String recommended,
        List<Module> modules,
        List<KernelClass> sharedKernel,
        List<DeadClass> deadCode,
        List<ClassPlacement> classes,
        List<TableOwnership> tables,
        List<Candidate> candidates,
        ConstraintReport constraints,
        List<ExtractionStep> extractionOrder,
        Metrics metrics,
        List<String> notes) {

    /** The version this Carve writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    /** The module name the metrics give the shared kernel: it is proposed as one library of its own. */
    public static final String SHARED_KERNEL = "shared-kernel";

    public Proposal {
        generator = Lists.text(generator);
        recommended = Lists.text(recommended);
        modules = Lists.copy(modules);
        sharedKernel = Lists.copy(sharedKernel);
        deadCode = Lists.copy(deadCode);
        classes = Lists.copy(classes);
        tables = Lists.copy(tables);
        candidates = Lists.copy(candidates);
        extractionOrder = Lists.copy(extractionOrder);
        metrics = metrics == null ? Metrics.NONE : metrics;
        constraints = constraints == null ? ConstraintReport.NONE : constraints;
        notes = Lists.copy(notes);
    }

    public Optional<Module> module(String name) {
        return modules.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Optional<ClassPlacement> placement(String className) {
        return classes.stream().filter(c -> c.name().equals(className)).findFirst();
    }

    /** Member class to module name, for the module members only (no shared kernel, no dead code). */
    public Map<String, String> moduleOf() {
        Map<String, String> out = new LinkedHashMap<>();
        modules.forEach(m -> m.members().forEach(c -> out.put(c, m.name())));
        return out;
    }

    /**
     * Every placed class to a module, the shared kernel as one module of its own ({@value #SHARED_KERNEL}, as the
     * proposal proposes it: a library, not part of any module): the decomposition the metrics score.
     */
    public Map<String, String> scoredAssignment() {
        Map<String, String> out = moduleOf();
        sharedKernel.forEach(k -> out.putIfAbsent(k.name(), SHARED_KERNEL));
        return out;
    }
}
