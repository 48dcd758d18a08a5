package dev.carve.analyzer.source;

import dev.carve.analyzer.data.TableNames;
import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.ForeignKey;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TableAccess;
import dev.carve.analyzer.model.TableNode;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges per-file facts into one graph and settles what needs the whole project: placeholder nodes for referenced
 * types that are not declared (external or unresolved), entity names to tables, join columns to foreign keys, and
 * {@code EVENT_FLOW} edges from publishers to the listeners of the same event type (or its supertypes) or topic.
 */
final class GraphAssembly {
    private GraphAssembly() {}

    static CodeGraph assemble(List<FileFacts> files) {
        CodeGraph.Builder b = CodeGraph.builder();
        Map<String, String> entityNames = new HashMap<>();
        for (FileFacts f : files) {
            f.types().forEach(b::type);
            f.methods().forEach(b::method);
            f.tables().forEach(b::table);
            f.tableAccesses().forEach(b::tableAccess);
            f.entryPoints().forEach(b::entryPoint);
            f.problems().forEach(b::problem);
            f.dependencies().forEach(b::dependency);
            entityNames.putAll(f.entityNames());
        }
        CodeGraph partial = b.build();
        Map<String, String> entityTables = new HashMap<>();
        for (TableNode t : partial.tables()) {
            for (String entity : t.entities()) {
                entityTables.put(entity, t.name());
            }
        }
        for (FileFacts f : files) {
            for (FileFacts.EntityAccess a : f.entityAccesses()) {
                String table = tableOf(a.entity(), entityNames, entityTables, partial);
                if (table == null) {
                    b.problem(new AnalysisProblem(
                            ProblemKind.UNRESOLVED_TYPE,
                            "entity " + a.entity() + " is not a known JPA entity (" + a.via() + ")",
                            a.location()));
                    continue;
                }
                b.tableAccess(new TableAccess(a.type(), table, a.access(), a.via(), 1.0, a.location(), a.member()));
            }
            for (FileFacts.EntityForeignKey fk : f.entityForeignKeys()) {
                String target = entityTables.get(fk.targetEntity());
                if (target == null) {
                    continue;
                }
                String column = fk.column().isEmpty() ? target + "_id" : fk.column();
                b.table(new TableNode(
                        fk.table(),
                        List.of(),
                        List.of(new ForeignKey(List.of(column), target, List.of())),
                        Set.of(),
                        EnumSet.of(Origin.SOURCE),
                        SourceLocation.UNKNOWN));
            }
        }
        placeholders(partial, b);
        eventFlows(partial, b);
        return b.build();
    }

    private static String tableOf(String entity, Map<String, String> names, Map<String, String> tables, CodeGraph g) {
        if (entity.contains("#")) {
            String[] path = entity.split("#");
            String type = names.getOrDefault(path[0], path[0]);
            for (int i = 1; i < path.length && type != null; i++) {
                String field = path[i];
                String owner = type;
                type = g.dependencies(DependencyKind.JPA_RELATION)
                        .filter(d -> d.from().equals(owner) && d.fromMember().endsWith(" " + field))
                        .map(Dependency::to)
                        .findFirst()
                        .orElse(null);
            }
            return type == null ? null : tables.get(type);
        }
        String type = names.getOrDefault(entity, entity);
        String table = tables.get(type);
        if (table != null) {
            return table;
        }
        for (String candidate : List.of(TableNames.normalize(entity), TableNames.snakeCase(entity))) {
            if (g.table(candidate).isPresent()) {
                return candidate;
            }
        }
        return null;
    }

    /** Nodes for referenced types nobody declared: EXTERNAL when named by package, else UNRESOLVED. */
    private static void placeholders(CodeGraph g, CodeGraph.Builder b) {
        Set<String> seen = new HashSet<>();
        for (Dependency d : g.dependencies()) {
            String to = d.to();
            if (g.hasType(to) || !seen.add(to)) {
                continue;
            }
            boolean qualified = to.contains(".") && Character.isLowerCase(to.charAt(0));
            TypeFlag flag = qualified ? TypeFlag.EXTERNAL : TypeFlag.UNRESOLVED;
            b.type(new TypeNode(
                    to,
                    TypeKind.CLASS,
                    EnumSet.of(Origin.SOURCE),
                    SourceLocation.UNKNOWN,
                    0,
                    Set.of(),
                    EnumSet.of(flag)));
        }
    }

    private static void eventFlows(CodeGraph g, CodeGraph.Builder b) {
        Map<String, List<String>> supertypes = new HashMap<>();
        g.dependencies().stream()
                .filter(d -> d.kind() == DependencyKind.EXTENDS || d.kind() == DependencyKind.IMPLEMENTS)
                .forEach(d -> supertypes
                        .computeIfAbsent(d.from(), k -> new ArrayList<>())
                        .add(d.to()));
        List<Dependency> listeners =
                g.dependencies(DependencyKind.LISTENS_TO_EVENT).toList();
        for (Dependency p : g.dependencies(DependencyKind.PUBLISHES_EVENT).toList()) {
            boolean topic = p.toMember().startsWith("topic:");
            Set<String> eventTypes = topic ? Set.of() : ancestors(p.to(), supertypes);
            for (Dependency l : listeners) {
                boolean matches = topic
                        ? l.toMember().equals(p.toMember())
                        : !l.toMember().startsWith("topic:") && eventTypes.contains(l.to());
                if (matches) {
                    b.dependency(new Dependency(
                            p.from(),
                            l.from(),
                            DependencyKind.EVENT_FLOW,
                            p.weight(),
                            p.location(),
                            p.fromMember(),
                            l.fromMember()));
                }
            }
        }
    }

    private static Set<String> ancestors(String type, Map<String, List<String>> supertypes) {
        Set<String> all = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(type));
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (all.add(t)) {
                todo.addAll(supertypes.getOrDefault(t, List.of()));
            }
        }
        return all;
    }
}
