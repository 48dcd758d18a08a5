package dev.carve.analyzer.store;

import dev.carve.analyzer.CarveException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

/**
 * The rows of {@link GraphReader}'s read statements, produced with Neo4j's core API on an embedded store: the same
 * columns in the same order (by {@code carveOrder}) as the {@code read-*.cypher} statements return, without Cypher.
 * A short-lived CLI process would otherwise spend most of its store load planning and compiling Cypher on a cold JVM.
 * {@code EmbeddedReadRowsTest} checks that both give the same graph.
 */
final class EmbeddedReadRows implements GraphReader.Rows {
    private static final Label CARVE = Label.label("Carve");
    private static final Label TYPE = Label.label("Type");
    private static final Label METHOD = Label.label("Method");
    private static final Label TABLE = Label.label("Table");
    private static final Label COLUMN = Label.label("Column");
    private static final String ORDER = "carveOrder";
    private static final String STUB = "carveStub";

    private final GraphDatabaseService db;

    EmbeddedReadRows(GraphDatabaseService db) {
        this.db = db;
    }

    @Override
    public void each(String statement, Consumer<Map<String, Object>> consumer) {
        try (Transaction tx = db.beginTx()) {
            List<Map<String, Object>> rows = switch (statement) {
                case "read-types" -> types(tx);
                case "read-methods" -> methods(tx);
                case "read-dependencies" -> dependencies(tx);
                case "read-tables" -> tables(tx);
                case "read-table-accesses" -> tableAccesses(tx);
                case "read-entry-points" -> plainNodes(tx, "EntryPoint");
                case "read-contexts" -> contexts(tx);
                case "read-problems" -> plainNodes(tx, "Problem");
                case "read-analysis" -> plainNodes(tx, "Analysis");
                default -> throw CarveException.internal("no core-API reader for " + statement, null);
            };
            rows.forEach(consumer);
        }
    }

    private static List<Map<String, Object>> types(Transaction tx) {
        List<Node> nodes = carveNodes(tx, TYPE, false);
        List<Map<String, Object>> rows = new ArrayList<>(nodes.size());
        for (Node t : nodes) {
            rows.add(properties(t));
        }
        return rows;
    }

    private static List<Map<String, Object>> methods(Transaction tx) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Node m : carveNodes(tx, METHOD, false)) {
            for (Relationship d : m.getRelationships(Direction.INCOMING, RelationshipType.withName("DECLARES"))) {
                Node t = d.getStartNode();
                if (t.hasLabel(CARVE) && t.hasLabel(TYPE)) {
                    Map<String, Object> row = properties(m);
                    row.put("type", t.getProperty("fqn", null));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> dependencies(Transaction tx) {
        List<Relationship> deps = new ArrayList<>();
        for (Node a : carveNodes(tx, TYPE, true)) {
            for (Relationship d : a.getRelationships(Direction.OUTGOING)) {
                Node b = d.getEndNode();
                if (d.hasProperty("kind") && b.hasLabel(CARVE) && b.hasLabel(TYPE)) {
                    deps.add(d);
                }
            }
        }
        deps.sort(Comparator.comparingLong(EmbeddedReadRows::order));
        List<Map<String, Object>> rows = new ArrayList<>(deps.size());
        for (Relationship d : deps) {
            Map<String, Object> row = properties(d);
            row.put("from", d.getStartNode().getProperty("fqn", null));
            row.put("to", d.getEndNode().getProperty("fqn", null));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> tables(Transaction tx) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Node t : carveNodes(tx, TABLE, false)) {
            List<Node> columns = new ArrayList<>();
            for (Relationship c : t.getRelationships(Direction.OUTGOING, RelationshipType.withName("HAS_COLUMN"))) {
                if (c.getEndNode().hasLabel(COLUMN)) {
                    columns.add(c.getEndNode());
                }
            }
            columns.sort(Comparator.comparingLong(c -> number(c.getProperty("position", null))));
            List<Map<String, Object>> columnRows = new ArrayList<>();
            for (Node c : columns) {
                Map<String, Object> column = new LinkedHashMap<>();
                for (String key : new String[] {"name", "sqlType", "nullable", "primaryKey"}) {
                    column.put(key, c.getProperty(key, null));
                }
                columnRows.add(column);
            }
            List<Relationship> keys = new ArrayList<>();
            for (Relationship k : t.getRelationships(Direction.OUTGOING, RelationshipType.withName("FOREIGN_KEY"))) {
                if (k.getEndNode().hasLabel(TABLE)) {
                    keys.add(k);
                }
            }
            keys.sort(Comparator.comparingLong(k -> number(k.getProperty("position", null))));
            List<Map<String, Object>> keyRows = new ArrayList<>();
            for (Relationship k : keys) {
                Map<String, Object> key = new LinkedHashMap<>();
                key.put("columns", k.getProperty("columns", null));
                key.put("referencedTable", k.getEndNode().getProperty("name", null));
                key.put("referencedColumns", k.getProperty("referencedColumns", null));
                keyRows.add(key);
            }
            Map<String, Object> row = properties(t);
            row.put("columns", columnRows);
            row.put("foreignKeys", keyRows);
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> tableAccesses(Transaction tx) {
        List<Relationship> accesses = new ArrayList<>();
        for (Node a : carveNodes(tx, TYPE, true)) {
            for (Relationship x : a.getRelationships(
                    Direction.OUTGOING, RelationshipType.withName("READS"), RelationshipType.withName("WRITES"))) {
                Node t = x.getEndNode();
                if (t.hasLabel(CARVE) && t.hasLabel(TABLE)) {
                    accesses.add(x);
                }
            }
        }
        accesses.sort(Comparator.comparingLong(EmbeddedReadRows::order));
        List<Map<String, Object>> rows = new ArrayList<>(accesses.size());
        for (Relationship x : accesses) {
            Map<String, Object> row = properties(x);
            row.put("type", x.getStartNode().getProperty("fqn", null));
            row.put("table", x.getEndNode().getProperty("name", null));
            row.put("access", x.getType().name());
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> contexts(Transaction tx) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Node c : carveNodes(tx, Label.label("BusinessContext"), true)) {
            List<Relationship> involves = new ArrayList<>();
            for (Relationship i : c.getRelationships(Direction.OUTGOING, RelationshipType.withName("INVOLVES"))) {
                if (i.getEndNode().hasLabel(TYPE)) {
                    involves.add(i);
                }
            }
            involves.sort(Comparator.comparingLong(EmbeddedReadRows::order));
            List<Map<String, Object>> calls = new ArrayList<>();
            for (Relationship i : involves) {
                Map<String, Object> call = new LinkedHashMap<>();
                call.put("type", i.getEndNode().getProperty("fqn", null));
                call.put("calls", i.getProperty("calls", null));
                calls.add(call);
            }
            Map<String, Object> row = properties(c);
            row.put("calls", calls);
            rows.add(row);
        }
        return rows;
    }

    /** Nodes with this label and :Carve, in carveOrder, with their properties as the row. */
    private static List<Map<String, Object>> plainNodes(Transaction tx, String label) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Node n : carveNodes(tx, Label.label(label), true)) {
            rows.add(properties(n));
        }
        return rows;
    }

    /** :Carve nodes with the label, stubs only when asked, sorted by carveOrder. */
    private static List<Node> carveNodes(Transaction tx, Label label, boolean withStubs) {
        List<Node> out = new ArrayList<>();
        try (ResourceIterator<Node> it = tx.findNodes(label)) {
            while (it.hasNext()) {
                Node n = it.next();
                if (n.hasLabel(CARVE) && (withStubs || !n.hasProperty(STUB))) {
                    out.add(n);
                }
            }
        }
        out.sort(Comparator.comparingLong(EmbeddedReadRows::order));
        return out;
    }

    private static Map<String, Object> properties(org.neo4j.graphdb.Entity e) {
        return new LinkedHashMap<>(e.getAllProperties());
    }

    private static long order(org.neo4j.graphdb.Entity e) {
        return number(e.getProperty(ORDER, null));
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : Long.MAX_VALUE; // Cypher sorts nulls last
    }
}
