package dev.carve.analyzer;

import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.ForeignKey;
import dev.carve.analyzer.model.TableNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reconciles tables seen by several readers: a foreign key derived from a JPA join column (which does not know the
 * referenced columns) is dropped when the DDL declares the same key in full.
 */
final class TableFacts {
    private TableFacts() {}

    static CodeGraph withoutDuplicateForeignKeys(CodeGraph graph) {
        boolean changed = false;
        List<TableNode> tables = new ArrayList<>();
        for (TableNode t : graph.tables()) {
            List<ForeignKey> kept = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                boolean covered = fk.referencedColumns().isEmpty()
                        && t.foreignKeys().stream()
                                .anyMatch(other -> other != fk
                                        && !other.referencedColumns().isEmpty()
                                        && other.columns().equals(fk.columns())
                                        && other.referencedTable().equals(fk.referencedTable()));
                if (!covered) {
                    kept.add(fk);
                }
            }
            changed |= kept.size() != t.foreignKeys().size();
            tables.add(new TableNode(t.name(), t.columns(), kept, t.entities(), t.origins(), t.location()));
        }
        if (!changed) {
            return graph;
        }
        CodeGraph.Builder b = CodeGraph.builder();
        graph.types().forEach(b::type);
        graph.methods().forEach(b::method);
        tables.forEach(b::table);
        graph.entryPoints().forEach(b::entryPoint);
        graph.dependencies().forEach(b::dependency);
        graph.tableAccesses().forEach(b::tableAccess);
        graph.contexts().forEach(b::context);
        graph.problems().forEach(b::problem);
        graph.properties().forEach(b::property);
        return b.build();
    }
}
