package dev.carve.analyzer.runtime;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TableAccess;
import dev.carve.analyzer.model.TableNode;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Collects the facts one trace reader finds: every class seen becomes a {@link TypeFlag#RUNTIME_ONLY} placeholder
 * (a static declaration supersedes it on merge), calls become {@code RUNTIME_CALL} dependencies whose weights add up,
 * SQL becomes runtime table access, and bad lines become problems, counted. Volumes are added in plain maps and turned
 * into model records once, at {@link #build()}, so millions of call records stay cheap.
 */
final class RuntimeGraphBuilder {
    private final CodeGraph.Builder graph = CodeGraph.builder();
    private final String format;
    private final Map<Dependency.Key, Volume> calls = new LinkedHashMap<>();
    private final Map<TableAccess.Key, Volume> accesses = new LinkedHashMap<>();
    private final Map<String, ContextBuilder> contexts = new LinkedHashMap<>();
    private final Map<String, SourceLocation> types = new HashMap<>();
    private int corruptLines;
    private long records;

    /** A weight being added up, and where it was first seen. */
    private static final class Volume {
        final SourceLocation first;
        long count;

        Volume(SourceLocation first) {
            this.first = first;
        }
    }

    RuntimeGraphBuilder(String format) {
        this.format = format;
        graph.property("runtime.format", format);
    }

    /** Records a class seen at runtime (the root pseudo-class included). */
    void type(String name, SourceLocation at) {
        types.putIfAbsent(name, at);
    }

    /** Adds a call volume; the same caller, callee and members seen again add up. */
    void call(String from, String fromMember, String to, String toMember, long count, SourceLocation at) {
        type(from, at);
        type(to, at);
        calls.computeIfAbsent(
                        new Dependency.Key(from, to, DependencyKind.RUNTIME_CALL, fromMember, toMember),
                        k -> new Volume(at))
                .count += count;
        records++;
    }

    /** Adds statements that touched a table from a member of a type. */
    void access(String type, String member, String table, AccessKind kind, long count, SourceLocation at) {
        if (!TraceRoot.is(type)) {
            type(type, at);
            accesses.computeIfAbsent(
                            new TableAccess.Key(type, table, kind, AccessVia.RUNTIME, member), k -> new Volume(at))
                    .count += count;
        }
        graph.table(TableNode.named(table, Origin.RUNTIME, at));
    }

    ContextBuilder context(String name, String entryPoint) {
        return contexts.computeIfAbsent(name, n -> new ContextBuilder(n, entryPoint));
    }

    void context(BusinessContext context) {
        graph.context(context);
    }

    void corrupt(SourceLocation at, String message) {
        corruptLines++;
        graph.problem(new AnalysisProblem(ProblemKind.CORRUPT_TRACE_LINE, message, at));
    }

    void problem(ProblemKind kind, SourceLocation at, String message) {
        graph.problem(new AnalysisProblem(kind, message, at));
    }

    CodeGraph.Builder graph() {
        return graph;
    }

    int corruptLines() {
        return corruptLines;
    }

    CodeGraph build() {
        types.forEach((name, at) -> graph.type(typeNode(name, at)));
        calls.forEach((k, v) -> graph.dependency(
                new Dependency(k.from(), k.to(), k.kind(), v.count, v.first, k.fromMember(), k.toMember())));
        accesses.forEach((k, v) -> graph.tableAccess(
                new TableAccess(k.type(), k.table(), k.access(), k.via(), v.count, v.first, k.member())));
        contexts.values().forEach(c -> graph.context(c.build()));
        graph.property("runtime." + format + ".corruptLines", Integer.toString(corruptLines));
        graph.property("runtime." + format + ".callRecords", Long.toString(records));
        return graph.build();
    }

    private static TypeNode typeNode(String name, SourceLocation at) {
        if (TraceRoot.is(name)) {
            return TraceRoot.typeNode(at);
        }
        return new TypeNode(
                name, TypeKind.CLASS, EnumSet.of(Origin.RUNTIME), at, 0, Set.of(), EnumSet.of(TypeFlag.RUNTIME_ONLY));
    }
}
