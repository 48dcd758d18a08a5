package dev.carve.analyzer.bytecode;

import dev.carve.analyzer.BinaryReader;
import dev.carve.analyzer.Progress;
import dev.carve.analyzer.build.ProjectLayout;
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
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * The analysis' {@link BinaryReader}: reads classes folders and jar/war/ear archives with ASM (ADR 0004) into the
 * facts the source reader produces, with {@link Origin#BYTECODE}: types, methods, dependencies by kind,
 * annotations, entry points, JPA tables and repository/JPQL/SQL table access. Referenced library types become
 * {@link TypeFlag#EXTERNAL} nodes. Unreadable class files and broken archives are problems; reading goes on.
 */
public final class BytecodeReader implements BinaryReader {

    @Override
    public CodeGraph read(ProjectLayout layout, Set<String> alreadyRead, Progress progress) {
        Facts facts = new Facts();
        progress.phase("reading bytecode", -1);
        ClassInputs inputs =
                new ClassInputs(file -> readClass(file, alreadyRead, facts, progress), facts.graph::problem);
        for (Path dir : layout.classRoots()) {
            String relative = layout.relative(dir);
            inputs.directory(dir, relative, isTestOutput(relative));
        }
        for (Path archive : layout.archives()) {
            inputs.archive(archive, layout.relative(archive));
        }
        settleEntities(facts);
        eventFlows(facts);
        placeholders(facts, alreadyRead);
        return facts.graph
                .property("bytecode.classes", Integer.toString(facts.classes))
                .build();
    }

    private static void readClass(ClassInputs.ClassFile file, Set<String> alreadyRead, Facts facts, Progress progress) {
        progress.advance(1);
        try {
            ClassReader reader = new ClassReader(file.bytes());
            if (alreadyRead.contains(Names.binary(reader.getClassName()))) {
                return;
            }
            ClassNode cn = new ClassNode();
            reader.accept(cn, ClassReader.SKIP_FRAMES);
            ClassFacts.read(cn, file, facts);
        } catch (RuntimeException e) {
            facts.graph.problem(new AnalysisProblem(
                    ProblemKind.UNREADABLE_FILE,
                    "not a readable class file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    SourceLocation.of(file.location(), 0)));
        }
    }

    /** Build output of tests by the Maven and Gradle conventions. */
    static boolean isTestOutput(String relativeDir) {
        String p = "/" + relativeDir.replace('\\', '/') + "/";
        return p.contains("/test-classes/") || p.contains("/classes/java/test/") || p.contains("/classes/kotlin/test/");
    }

    /** Repository, JPQL and join-column facts once every entity (and so every table name) is known. */
    private static void settleEntities(Facts facts) {
        CodeGraph partial = facts.graph.build();
        Map<String, String> tableOfEntityType = new HashMap<>();
        for (TableNode t : partial.tables()) {
            t.entities().forEach(e -> tableOfEntityType.put(e, t.name()));
        }
        for (Facts.EntityAccess a : facts.entityAccesses) {
            String type = facts.entityNames.getOrDefault(a.entity(), a.entity());
            String table = tableOfEntityType.get(type);
            if (table == null) {
                table = List.of(TableNames.normalize(a.entity()), TableNames.snakeCase(a.entity())).stream()
                        .filter(c -> partial.table(c).isPresent())
                        .findFirst()
                        .orElse(null);
            }
            if (table == null) {
                facts.graph.problem(new AnalysisProblem(
                        ProblemKind.UNRESOLVED_TYPE,
                        "entity " + a.entity() + " is not a known JPA entity (" + a.via() + ")",
                        a.at()));
                continue;
            }
            facts.graph.tableAccess(new TableAccess(a.type(), table, a.access(), a.via(), 1.0, a.at(), a.member()));
        }
        for (Facts.EntityForeignKey fk : facts.foreignKeys) {
            String target = tableOfEntityType.get(fk.targetEntity());
            if (target == null) {
                continue;
            }
            String column = fk.column().isEmpty() ? target + "_id" : fk.column();
            facts.graph.table(new TableNode(
                    fk.table(),
                    List.of(),
                    List.of(new ForeignKey(List.of(column), target, List.of())),
                    Set.of(),
                    EnumSet.of(Origin.BYTECODE),
                    SourceLocation.UNKNOWN));
        }
    }

    /**
     * {@code EVENT_FLOW} from each publisher to the listeners of the same event type (or a supertype of it) or the
     * same topic, as the source reader derives them; within what the bytecode holds.
     */
    private static void eventFlows(Facts facts) {
        CodeGraph g = facts.graph.build();
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
                    facts.graph.dependency(new Dependency(
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

    /** Library types the classes refer to, as EXTERNAL nodes (never for types the sources declared). */
    private static void placeholders(Facts facts, Set<String> alreadyRead) {
        CodeGraph g = facts.graph.build();
        Set<String> seen = new HashSet<>();
        for (Dependency d : g.dependencies()) {
            String to = d.to();
            if (g.hasType(to) || alreadyRead.contains(to) || !seen.add(to)) {
                continue;
            }
            facts.graph.type(new TypeNode(
                    to,
                    TypeKind.CLASS,
                    EnumSet.of(Origin.BYTECODE),
                    SourceLocation.UNKNOWN,
                    0,
                    Set.of(),
                    EnumSet.of(TypeFlag.EXTERNAL)));
        }
    }
}
