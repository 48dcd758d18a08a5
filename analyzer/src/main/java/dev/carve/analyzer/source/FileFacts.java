package dev.carve.analyzer.source;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.MethodNode;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TableAccess;
import dev.carve.analyzer.model.TableNode;
import dev.carve.analyzer.model.TypeNode;
import java.util.List;
import java.util.Map;

/**
 * Everything one source file contributed, the unit the incremental cache stores. Facts that need the whole project
 * (which table an entity name maps to, who listens to an event) are kept pending here and settled when all files
 * are merged.
 *
 * @param file path relative to the analyzed root
 * @param hash content hash of the file
 * @param types types declared in the file
 * @param unresolved references that could not be resolved (each also appears as a placeholder type or a problem)
 */
record FileFacts(
        String file,
        String hash,
        List<TypeNode> types,
        List<MethodNode> methods,
        List<Dependency> dependencies,
        List<TableNode> tables,
        List<TableAccess> tableAccesses,
        List<EntityAccess> entityAccesses,
        List<EntityForeignKey> entityForeignKeys,
        Map<String, String> entityNames,
        List<EntryPoint> entryPoints,
        List<AnalysisProblem> problems,
        int unresolved) {

    /**
     * An access to a JPA entity (by JPQL entity name or by entity type) whose table is known only once every entity
     * is read.
     *
     * @param entity entity name as JPQL spells it, or the entity's type name
     */
    record EntityAccess(
            String type, String entity, AccessKind access, AccessVia via, SourceLocation location, String member) {}

    /** A JPA join column whose referenced table is the table of another entity. */
    record EntityForeignKey(String table, String column, String targetEntity) {}
}
