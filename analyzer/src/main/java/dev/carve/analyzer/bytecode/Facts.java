package dev.carve.analyzer.bytecode;

import dev.carve.analyzer.data.SqlFacts;
import dev.carve.analyzer.data.SqlStatements;
import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TableAccess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the bytecode reader collected over all class files, with the facts that need every class first (entity names
 * for repositories and JPQL, join columns for foreign keys) kept aside until {@link BytecodeReader} settles them.
 */
final class Facts {
    /** Access to a JPA entity (by entity name or type), turned into a table access once all entities are known. */
    record EntityAccess(
            String type, String entity, AccessKind access, AccessVia via, SourceLocation at, String member) {}

    /** A join column (or join table) from an entity's table to the target entity's table. */
    record EntityForeignKey(String table, String column, String targetEntity) {}

    final CodeGraph.Builder graph = CodeGraph.builder();
    final Map<String, String> entityNames = new HashMap<>();
    final List<EntityAccess> entityAccesses = new ArrayList<>();
    final List<EntityForeignKey> foreignKeys = new ArrayList<>();
    int classes;

    /** A dependency; structural self-references and primitives are not facts. */
    void dependency(
            String from, String to, DependencyKind kind, SourceLocation at, String fromMember, String toMember) {
        if (to == null || to.isEmpty()) {
            return;
        }
        if (from.equals(to) && kind.category() == DependencyKind.Category.STRUCTURE) {
            return;
        }
        graph.dependency(new Dependency(from, to, kind, 1.0, at, fromMember, toMember));
    }

    void access(String type, String table, AccessKind access, AccessVia via, SourceLocation at, String member) {
        graph.tableAccess(new TableAccess(type, table, access, via, 1.0, at, member));
    }

    /** Native SQL in a string constant or a native {@code @Query}: tables read and written. */
    void sql(String text, String type, String member, SourceLocation at, AccessVia via, boolean report) {
        SqlFacts facts = SqlStatements.sql(text);
        if (facts.understood()) {
            facts.reads().forEach(t -> access(type, t, AccessKind.READ, via, at, member));
            facts.writes().forEach(t -> access(type, t, AccessKind.WRITE, via, at, member));
        } else if (report) {
            graph.problem(new AnalysisProblem(ProblemKind.UNSUPPORTED_SQL, facts.error(), at));
        }
    }

    /** A JPQL {@code @Query}: entities read and written, settled into tables later. */
    void jpql(String text, String type, String member, SourceLocation at) {
        SqlFacts facts = SqlStatements.jpql(text);
        if (!facts.understood()) {
            graph.problem(new AnalysisProblem(ProblemKind.UNSUPPORTED_SQL, "JPQL: " + facts.error(), at));
            return;
        }
        facts.reads()
                .forEach(e ->
                        entityAccesses.add(new EntityAccess(type, e, AccessKind.READ, AccessVia.JPQL, at, member)));
        facts.writes()
                .forEach(e ->
                        entityAccesses.add(new EntityAccess(type, e, AccessKind.WRITE, AccessVia.JPQL, at, member)));
    }
}
