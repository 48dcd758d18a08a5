package dev.carve.analyzer.cluster;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.Progress;
import dev.carve.analyzer.metrics.Decomposition;
import dev.carve.analyzer.metrics.RuntimeMetrics;
import dev.carve.analyzer.metrics.Scoring;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import dev.carve.analyzer.proposal.Candidate;
import dev.carve.analyzer.proposal.ClassPlacement;
import dev.carve.analyzer.proposal.ConstraintReport;
import dev.carve.analyzer.proposal.DeadClass;
import dev.carve.analyzer.proposal.ExtractionStep;
import dev.carve.analyzer.proposal.KernelClass;
import dev.carve.analyzer.proposal.Metrics;
import dev.carve.analyzer.proposal.Module;
import dev.carve.analyzer.proposal.ModuleDependency;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.analyzer.proposal.RightSizing;
import dev.carve.analyzer.proposal.Settings;
import dev.carve.analyzer.proposal.Source;
import dev.carve.analyzer.proposal.TableOwnership;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code carve suggest} service: graph in, {@link Proposal} out. Signals → weighted class graph → Leiden sweep →
 * recommended candidate (the objective below) → constraints → shared kernel, names, dependencies, cycles, data
 * ownership, explanations, extraction order, right-sizing evidence, metrics.
 *
 * <p><b>Objective.</b> Each candidate is scored by the modularity Q (resolution 1) of the combined class graph. The
 * recommendation is the candidate with the fewest modules whose Q is within {@value #PARSIMONY} (relative) of the best
 * candidate's, higher Q breaking ties: the simplest decomposition that is as modular as the best one.
 */
public final class BoundarySuggester {
    /** Relative modularity tolerance of the parsimony rule. */
    static final double PARSIMONY = 0.02;

    static final String OBJECTIVE = "fewest modules whose modularity Q (resolution 1) of the combined class graph is"
            + " within 2% of the best candidate's; ties by higher Q";

    private final String generator;

    public BoundarySuggester(String generator) {
        this.generator = generator;
    }

    public Proposal suggest(CodeGraph graph, SuggestOptions options, Progress progress) {
        SuggestProfile profile = options.profile();
        List<String> notes = new ArrayList<>();
        progress.phase("building the class graph", -1);
        Set<String> excluded = options.constraints().excluded();
        List<String> candidates = graph.applicationTypes()
                .filter(t -> t.kind() != TypeKind.ANNOTATION)
                .map(TypeNode::name)
                .filter(n -> !excluded.contains(n))
                .toList();
        if (candidates.isEmpty()) {
            throw CarveException.badInput("the graph holds no application class to cluster (" + graph + "). Run"
                    + " 'carve analyze <path>' on the monolith's sources or jars first, or give traces.");
        }
        Map<String, DeadClass> dead = DeadCode.find(graph, candidates);
        List<String> live =
                candidates.stream().filter(c -> !dead.containsKey(c)).toList();
        ClassUniverse universe = new ClassUniverse(live, graph);
        DomainTerms terms = new DomainTerms(profile.technicalTerms());
        PackageLayout layout = PackageLayout.detect(live, terms);
        Map<String, Double> weights = weights(profile, layout);
        List<SignalSource> sources = List.of(
                new StaticDependencySignal(),
                new RuntimeCallSignal(),
                new RuntimeCooccurrenceSignal(),
                new TableAffinitySignal(),
                new NameSimilaritySignal(),
                new CoChangeSignal(),
                new PackageSignal(layout));
        AffinityGraph affinity = AffinityGraph.build(universe, sources, weights, profile);
        if (affinity.combined().isEmpty()) {
            throw CarveException.badInput("the graph has " + live.size() + " classes but no dependency, runtime call,"
                    + " shared table or shared name between any two of them, so there is nothing to cluster on. Was"
                    + " 'carve analyze' run on the sources (not only on a schema or an empty directory)? Adding"
                    + " runtime traces or git history also gives signals.");
        }
        if (!graph.hasRuntimeData()) {
            notes.add("no runtime data: runtime signals and Mono2Micro's runtime metrics (BCP, ICP, SM, IFN, MQ) are"
                    + " absent; record traces with the agent for them");
        }
        if (!dead.isEmpty()) {
            notes.add(dead.size() + " classes look dead and were not clustered (see deadCode)");
        }
        isolated(affinity)
                .forEach(
                        c -> notes.add(
                                c
                                        + " has no tie to any other class: it forms a module of its own, or joins the shared kernel as infrastructure"));

        progress.phase("clustering (Leiden resolution sweep)", profile.resolutionSteps());
        List<Double> resolutions = ResolutionSweep.resolutions(profile);
        List<Partition> partitions = ResolutionSweep.run(affinity, profile, resolutions);
        if (options.forcedModules() > 0 && partitions.stream().noneMatch(p -> p.count == options.forcedModules())) {
            partitions = new ArrayList<>(partitions);
            partitions.addAll(search(affinity, profile, options.forcedModules()));
        }
        Partition chosen = choose(affinity, partitions, options.forcedModules());
        if (options.forcedModules() > 0 && chosen.count != options.forcedModules()) {
            notes.add("no resolution gives exactly " + options.forcedModules() + " modules; the closest has "
                    + chosen.count);
        }

        progress.phase("explaining the proposal", -1);
        Constraints.Applied applied = options.constraints().apply(affinity, chosen.labels, chosen.count);
        Partition constrained = new Partition(applied.labels(), chosen.resolution);
        Map<Integer, String> fixed = relabel(applied, constrained);
        List<List<String>> keywords = ModuleNaming.keywords(universe, constrained.labels, constrained.count, terms);
        List<String> names = ModuleNaming.names(keywords, fixed);
        Boundaries b = new Boundaries(affinity, constrained.labels, names, applied.pinnedBy());

        List<Candidate> candidateList = new ArrayList<>();
        String recommendedId = "";
        Map<String, Integer> ids = new LinkedHashMap<>();
        // each candidate is named and scored on its own: in parallel, kept in sweep order
        List<Partition> sweep = partitions;
        List<Boundaries> candidateBoundaries = sweep.parallelStream()
                .map(p -> new Boundaries(
                        affinity,
                        p.labels,
                        ModuleNaming.names(ModuleNaming.keywords(universe, p.labels, p.count, terms), Map.of()),
                        Map.of()))
                .toList();
        List<Metrics> candidateMetrics =
                candidateBoundaries.parallelStream().map(pb -> score(graph, pb)).toList();
        for (int i = 0; i < sweep.size(); i++) {
            Partition p = sweep.get(i);
            Boundaries pb = candidateBoundaries.get(i);
            int seen = ids.merge("k" + p.count, 1, Integer::sum);
            String id = "k" + p.count + (seen > 1 ? "-" + (char) ('a' + seen - 1) : "");
            Metrics m = candidateMetrics.get(i);
            boolean rec = p == chosen;
            if (rec) {
                recommendedId = id;
            }
            candidateList.add(new Candidate(
                    id, p.resolution, p.count, rec, MetricValues.round(modularity(affinity, p)), m, pb.members()));
        }
        double cost = Math.max(0, modularity(affinity, chosen) - modularity(affinity, constrained));
        ConstraintReport constraintReport = options.constraints().isEmpty()
                ? ConstraintReport.NONE
                : new ConstraintReport(
                        options.constraints().file(),
                        applied.outcomes(),
                        MetricValues.round(cost),
                        candidateList.stream()
                                .filter(Candidate::recommended)
                                .findFirst()
                                .map(Candidate::metrics)
                                .orElse(Metrics.NONE));

        Proposal p = assemble(
                b,
                profile,
                options,
                layout,
                affinity,
                resolutions,
                recommendedId,
                dead,
                candidateList,
                constraintReport,
                keywords,
                notes);
        progress.done();
        return p;
    }

    private Proposal assemble(
            Boundaries b,
            SuggestProfile profile,
            SuggestOptions options,
            PackageLayout layout,
            AffinityGraph affinity,
            List<Double> resolutions,
            String recommendedId,
            Map<String, DeadClass> dead,
            List<Candidate> candidates,
            ConstraintReport constraintReport,
            List<List<String>> keywords,
            List<String> notes) {
        CodeGraph graph = b.code();
        Map<String, KernelClass> kernel = SharedKernel.find(b, profile);
        Map<String, List<String>> members = b.members();
        CrossingEdges crossing = new CrossingEdges(b);
        Map<String, List<String>> entryPoints = entryPoints(b);
        Map<String, KernelClass> infrastructure = InfrastructureModules.find(b, members, crossing, entryPoints);
        kernel.putAll(infrastructure);
        kernel.putAll(InfrastructureModules.utilities(b, layout, kernel.keySet()));
        if (kernel.size() < b.classes.size()) {
            members.values().removeIf(own -> kernel.keySet().containsAll(own));
        }
        Map<String, String> scored = b.assignment();
        kernel.keySet().forEach(k -> scored.put(k, Proposal.SHARED_KERNEL));
        Metrics metrics = MetricValues.of(
                Scoring.score(graph, Decomposition.ofAssignment(scored), null, RuntimeMetrics.Missing.IGNORE));
        List<String> moduleNames = new ArrayList<>(members.keySet());
        Map<String, List<List<String>>> cycles = ModuleCycles.find(moduleNames, crossing);
        List<TableOwnership> tables = DataOwnership.assign(b, crossing);
        Map<String, RightSizing> sizing = RightSizingEvidence.assess(b, members, crossing, cycles, tables, entryPoints);
        List<ExtractionStep> order = ExtractionOrder.rank(members, crossing, cycles, tables, kernel.keySet());
        List<Module> modules = new ArrayList<>();
        for (String m : moduleNames) {
            List<ModuleDependency> out = crossing.targets(m).stream()
                    .map(t -> crossing.dependency(m, t))
                    .toList();
            List<ModuleDependency> in = crossing.sources(m).stream()
                    .map(s -> crossing.dependency(s, m))
                    .toList();
            List<String> owned = tables.stream()
                    .filter(t -> t.owner().equals(m))
                    .map(TableOwnership::table)
                    .toList();
            List<String> own =
                    members.get(m).stream().filter(c -> !kernel.containsKey(c)).toList();
            int label = b.names.indexOf(m);
            modules.add(new Module(
                    m,
                    own,
                    keywords.get(label),
                    entryPoints.getOrDefault(m, List.of()),
                    owned,
                    out,
                    in,
                    cycles.get(m),
                    sizing.get(m)));
        }
        List<ClassPlacement> placements = Explanations.explain(b, kernel.keySet());
        List<Source.Signal> signals = new ArrayList<>();
        for (int i = 0; i < affinity.signals().size(); i++) {
            signals.add(new Source.Signal(
                    affinity.signals().get(i), MetricValues.round(affinity.signalWeight(i)), affinity.signalPairs(i)));
        }
        Source source = new Source(
                options.source(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                (int) graph.applicationTypes().count(),
                graph.dependencies().size(),
                graph.tables().size(),
                graph.hasRuntimeData(),
                layout.layout(),
                layout.commonRoot(),
                signals);
        Settings settings = new Settings(
                profile.seed(),
                resolutions,
                options.forcedModules(),
                OBJECTIVE,
                options.profileName(),
                options.constraints().file());
        return new Proposal(
                Proposal.FORMAT_VERSION,
                generator,
                source,
                settings,
                recommendedId,
                modules,
                new ArrayList<>(kernel.values()),
                new ArrayList<>(dead.values()),
                placements,
                tables,
                candidates,
                constraintReport,
                order,
                metrics,
                notes);
    }

    /** Signal weights after the layout adjustment of the package signal. */
    static Map<String, Double> weights(SuggestProfile profile, PackageLayout layout) {
        SuggestProfile.Weights w = profile.weights();
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(StaticDependencySignal.NAME, w.staticDependencies());
        out.put(RuntimeCallSignal.NAME, w.runtimeCalls());
        out.put(RuntimeCooccurrenceSignal.NAME, w.runtimeCooccurrence());
        out.put(TableAffinitySignal.NAME, w.tables());
        out.put(NameSimilaritySignal.NAME, w.names());
        out.put(CoChangeSignal.NAME, w.coChange());
        out.put(PackageSignal.NAME, w.packages() * layout.packageWeightFactor());
        return out;
    }

    static Partition choose(AffinityGraph g, List<Partition> partitions, int forced) {
        if (forced > 0) {
            return partitions.stream()
                    .min((a, b) -> {
                        int da = Math.abs(a.count - forced);
                        int db = Math.abs(b.count - forced);
                        return da != db ? Integer.compare(da, db) : Double.compare(modularity(g, b), modularity(g, a));
                    })
                    .orElseThrow();
        }
        double best =
                partitions.stream().mapToDouble(p -> modularity(g, p)).max().orElse(0);
        double floor = best - Math.abs(best) * PARSIMONY;
        return partitions.stream()
                .filter(p -> modularity(g, p) >= floor)
                .min((a, b) -> a.count != b.count
                        ? Integer.compare(a.count, b.count)
                        : Double.compare(modularity(g, b), modularity(g, a)))
                .orElseThrow();
    }

    /** Newman modularity (resolution 1) of a partition of the combined class graph. */
    static double modularity(AffinityGraph g, Partition p) {
        return p.modularity(g);
    }

    /** Finer resolutions when a forced module count is not in the sweep. */
    private static List<Partition> search(AffinityGraph g, SuggestProfile profile, int n) {
        List<Partition> out = new ArrayList<>();
        LeidenClustering leiden = new LeidenClustering(g);
        for (int i = 0; i < 60; i++) {
            double r = 0.02 * Math.pow(20.0 / 0.02, i / 59.0);
            Partition p = ResolutionSweep.foldSmall(
                    g, new Partition(leiden.cluster(r, profile.seed(), profile.randomStarts()), r), 1);
            if (p.count == n) {
                out.add(p);
                break;
            }
        }
        return out;
    }

    private static Map<Integer, String> relabel(Constraints.Applied applied, Partition constrained) {
        // Partition renumbers labels by first appearance: carry the pinned names over
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int i = 0; i < applied.labels().length; i++) {
            String name = applied.names().get(applied.labels()[i]);
            if (name != null) {
                out.put(constrained.labels[i], name);
            }
        }
        return out;
    }

    private static Metrics score(CodeGraph graph, Boundaries b) {
        return MetricValues.of(
                Scoring.score(graph, Decomposition.ofAssignment(b.assignment()), null, RuntimeMetrics.Missing.IGNORE));
    }

    private static List<String> isolated(AffinityGraph g) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < g.classes().size(); i++) {
            if (g.neighbours(i).length == 0) {
                out.add(g.classes().name(i));
            }
        }
        return out;
    }

    static Map<String, List<String>> entryPoints(Boundaries b) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (EntryPoint e : b.code().entryPoints()) {
            String m = b.moduleOf(e.type());
            if (m != null) {
                out.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(e.id());
            }
        }
        if (b.code().entryPoints().isEmpty()) {
            // trace-only graphs: the business contexts whose classes are mostly in the module
            b.code().contexts().forEach(c -> {
                Map<String, Integer> votes = new LinkedHashMap<>();
                c.classes().forEach(cls -> {
                    String m = b.moduleOf(cls);
                    if (m != null) {
                        votes.merge(m, 1, Integer::sum);
                    }
                });
                votes.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .ifPresent(e -> out.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>())
                                .add(c.name()));
            });
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        out.forEach((m, s) -> lists.put(m, s.stream().sorted().toList()));
        return lists;
    }
}
