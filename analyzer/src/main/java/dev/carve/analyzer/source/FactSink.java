package dev.carve.analyzer.source;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.MethodNode;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TableAccess;
import dev.carve.analyzer.model.TableNode;
import dev.carve.analyzer.model.TypeNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects one file's facts, aggregating repeated dependencies as the graph builder would. */
final class FactSink {
    final String file;
    final List<TypeNode> types = new ArrayList<>();
    final List<MethodNode> methods = new ArrayList<>();
    final Map<Dependency.Key, Dependency> dependencies = new LinkedHashMap<>();
    final List<TableNode> tables = new ArrayList<>();
    final Map<TableAccess.Key, TableAccess> tableAccesses = new LinkedHashMap<>();
    final List<FileFacts.EntityAccess> entityAccesses = new ArrayList<>();
    final List<FileFacts.EntityForeignKey> entityForeignKeys = new ArrayList<>();
    final Map<String, String> entityNames = new LinkedHashMap<>();
    final List<EntryPoint> entryPoints = new ArrayList<>();
    final List<AnalysisProblem> problems = new ArrayList<>();
    private final Set<String> reportedUnresolved = new HashSet<>();
    int unresolved;

    FactSink(String file) {
        this.file = file;
    }

    SourceLocation at(int line) {
        return SourceLocation.of(file, line);
    }

    void dependency(String from, String target, DependencyKind kind, int line, String fromMember, String toMember) {
        String to = target.replace("[]", "");
        if (from.equals(to) && (kind.category() == DependencyKind.Category.STRUCTURE)) {
            return;
        }
        if (to.isEmpty() || isPrimitive(to)) {
            return;
        }
        Dependency d = new Dependency(from, to, kind, 1.0, at(line), fromMember, toMember);
        dependencies.merge(d.key(), d, (a, b) -> a.withWeight(a.weight() + b.weight()));
    }

    void access(String type, String table, AccessKind access, AccessVia via, int line, String member) {
        TableAccess a = new TableAccess(type, table, access, via, 1.0, at(line), member);
        tableAccesses.merge(
                a.key(),
                a,
                (x, y) -> new TableAccess(
                        x.type(), x.table(), x.access(), x.via(), x.weight() + y.weight(), x.location(), x.member()));
    }

    void entityAccess(String type, String entity, AccessKind access, AccessVia via, int line, String member) {
        entityAccesses.add(new FileFacts.EntityAccess(type, entity, access, via, at(line), member));
    }

    /** An unresolved reference: counted every time, reported once per name and file. */
    void unresolved(String what, int line) {
        unresolved++;
        if (reportedUnresolved.add(what)) {
            problems.add(new AnalysisProblem(ProblemKind.UNRESOLVED_TYPE, what, at(line)));
        }
    }

    void problem(ProblemKind kind, String message, int line) {
        problems.add(new AnalysisProblem(kind, message, at(line)));
    }

    FileFacts build(String hash) {
        return new FileFacts(
                file,
                hash,
                types,
                methods,
                new ArrayList<>(dependencies.values()),
                tables,
                new ArrayList<>(tableAccesses.values()),
                entityAccesses,
                entityForeignKeys,
                entityNames,
                entryPoints,
                problems,
                unresolved);
    }

    static boolean isPrimitive(String name) {
        return switch (name.replace("[]", "")) {
            case "int", "long", "short", "byte", "char", "boolean", "float", "double", "void" -> true;
            default -> false;
        };
    }
}
