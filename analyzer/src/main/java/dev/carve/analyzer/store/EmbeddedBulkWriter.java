package dev.carve.analyzer.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * The embedded database's fast path for the bulky statements (types, methods, dependencies): the same nodes and
 * relationships as their Cypher files, created through the core API with the nodes of this write kept in memory, so
 * no per-row query planning or index lookup is paid. The other statements go to Cypher. Tests round-trip both paths.
 */
final class EmbeddedBulkWriter implements RowSink {
    private static final int OPERATIONS_PER_TRANSACTION = 50_000;
    private static final Label[] TYPE = labels("Carve", "Java", "Type");
    private static final Label[] METHOD = labels("Carve", "Java", "Member", "Method");
    private static final Label[] PACKAGE = labels("Carve", "Java", "Package");
    private static final Label[] ANNOTATION_VALUE = labels("Carve", "Java", "Value", "Annotation");
    private static final RelationshipType DECLARES = RelationshipType.withName("DECLARES");
    private static final RelationshipType CONTAINS = RelationshipType.withName("CONTAINS");
    private static final RelationshipType DEPENDS_ON = RelationshipType.withName("DEPENDS_ON");
    private static final RelationshipType INVOKES = RelationshipType.withName("INVOKES");
    private static final RelationshipType ANNOTATED_BY = RelationshipType.withName("ANNOTATED_BY");
    private static final RelationshipType OF_TYPE = RelationshipType.withName("OF_TYPE");
    private static final Label[] TABLE = labels("Carve", "Table");
    private static final Label[] COLUMN = labels("Carve", "Column");
    private static final Label[] ENTRY_POINT = labels("Carve", "EntryPoint");
    private static final Label[] CONTEXT = labels("Carve", "BusinessContext");
    private static final Label[] PROBLEM = labels("Carve", "Problem");
    private static final Label[] ANALYSIS = labels("Carve", "Analysis");
    private static final RelationshipType HAS_COLUMN = RelationshipType.withName("HAS_COLUMN");
    private static final RelationshipType FOREIGN_KEY = RelationshipType.withName("FOREIGN_KEY");
    private static final RelationshipType MAPPED_TO = RelationshipType.withName("MAPPED_TO");
    private static final RelationshipType HANDLED_BY = RelationshipType.withName("HANDLED_BY");
    private static final RelationshipType STARTS_AT = RelationshipType.withName("STARTS_AT");
    private static final RelationshipType INVOLVES = RelationshipType.withName("INVOLVES");

    private final GraphDatabaseService db;
    private final RowSink cypher;
    private final Map<String, String> types = new HashMap<>();
    private final Map<String, String> methods = new HashMap<>();
    private final Map<String, String> tables = new HashMap<>();
    private final Map<String, String> entryPoints = new HashMap<>();
    private final Map<String, RelationshipType> relationshipTypes = new HashMap<>();
    private Transaction tx;
    private int operations;

    EmbeddedBulkWriter(GraphDatabaseService db, RowSink cypher) {
        this.db = db;
        this.cypher = cypher;
    }

    @Override
    public void write(String statement, List<Map<String, Object>> rows) {
        switch (statement) {
            case "write-types" -> inTransactions(rows, this::type);
            case "write-packages" -> inTransactions(rows, this::pkg);
            case "write-methods" -> inTransactions(rows, this::method);
            case "write-dependencies" -> inTransactions(rows, this::dependency);
            case "write-depends-on" -> inTransactions(rows, this::dependsOn);
            case "write-invokes" -> inTransactions(rows, this::invokes);
            case "write-type-annotations" -> inTransactions(rows, r -> annotation(r, types));
            case "write-method-annotations" -> inTransactions(rows, r -> annotation(r, methods));
            case "write-tables" -> inTransactions(rows, this::table);
            case "write-foreign-keys" -> inTransactions(rows, this::foreignKey);
            case "write-mapped-to" -> inTransactions(rows, r -> link(types, "type", tables, "table", MAPPED_TO, r));
            case "write-table-accesses" -> inTransactions(rows, this::tableAccess);
            case "write-entry-points" -> inTransactions(rows, this::entryPoint);
            case "write-contexts" -> inTransactions(rows, this::context);
            case "write-problems" -> inTransactions(rows, r -> setAll(tx.createNode(PROBLEM), r));
            case "write-analysis" -> inTransactions(rows, r -> setAll(tx.createNode(ANALYSIS), r));
            default -> cypher.write(statement, rows);
        }
    }

    private interface RowWriter {
        void write(Map<String, Object> row);
    }

    private void inTransactions(List<Map<String, Object>> rows, RowWriter writer) {
        tx = db.beginTx();
        try {
            for (Map<String, Object> row : rows) {
                writer.write(row);
                if (++operations % OPERATIONS_PER_TRANSACTION == 0) {
                    tx.commit();
                    tx.close();
                    tx = db.beginTx();
                }
            }
            tx.commit();
        } finally {
            tx.close();
            tx = null;
        }
    }

    @SuppressWarnings("unchecked")
    private void type(Map<String, Object> row) {
        Node node = tx.createNode(TYPE);
        for (Object label : (List<Object>) row.get("labels")) {
            node.addLabel(Label.label((String) label));
        }
        Map<String, Object> props = (Map<String, Object>) row.get("props");
        setAll(node, props);
        types.put((String) props.get("fqn"), node.getElementId());
    }

    @SuppressWarnings("unchecked")
    private void pkg(Map<String, Object> row) {
        Node node = tx.createNode(PACKAGE);
        node.setProperty("fqn", row.get("fqn"));
        node.setProperty("name", row.get("name"));
        for (Object type : (List<Object>) row.get("types")) {
            Node t = node(types, (String) type);
            if (t != null) {
                node.createRelationshipTo(t, CONTAINS);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void method(Map<String, Object> row) {
        Node type = node(types, (String) row.get("type"));
        if (type == null) {
            return;
        }
        Node node = tx.createNode(METHOD);
        for (Object label : (List<Object>) row.get("labels")) {
            node.addLabel(Label.label((String) label));
        }
        Map<String, Object> props = (Map<String, Object>) row.get("props");
        setAll(node, props);
        type.createRelationshipTo(node, DECLARES);
        methods.put((String) props.get("carveKey"), node.getElementId());
    }

    @SuppressWarnings("unchecked")
    private void dependency(Map<String, Object> row) {
        Node from = node(types, (String) row.get("from"));
        Node to = node(types, (String) row.get("to"));
        if (from != null && to != null) {
            RelationshipType type =
                    relationshipTypes.computeIfAbsent((String) row.get("type"), RelationshipType::withName);
            setAll(from.createRelationshipTo(to, type), (Map<String, Object>) row.get("props"));
        }
    }

    private void dependsOn(Map<String, Object> row) {
        Node from = node(types, (String) row.get("from"));
        Node to = node(types, (String) row.get("to"));
        if (from != null && to != null) {
            from.createRelationshipTo(to, DEPENDS_ON).setProperty("weight", row.get("weight"));
        }
    }

    private void invokes(Map<String, Object> row) {
        Node from = node(methods, (String) row.get("from"));
        Node to = node(methods, (String) row.get("to"));
        if (from != null && to != null) {
            Relationship rel = from.createRelationshipTo(to, INVOKES);
            rel.setProperty("weight", row.get("weight"));
            rel.setProperty("lineNumber", row.get("line"));
        }
    }

    private void annotation(Map<String, Object> row, Map<String, String> owners) {
        Node owner = node(owners, (String) row.get("owner"));
        Node annotationType = node(types, (String) row.get("annotation"));
        if (owner != null && annotationType != null) {
            Node value = tx.createNode(ANNOTATION_VALUE);
            owner.createRelationshipTo(value, ANNOTATED_BY);
            value.createRelationshipTo(annotationType, OF_TYPE);
        }
    }

    @SuppressWarnings("unchecked")
    private void table(Map<String, Object> row) {
        Node table = tx.createNode(TABLE);
        Map<String, Object> props = (Map<String, Object>) row.get("props");
        setAll(table, props);
        tables.put((String) props.get("name"), table.getElementId());
        for (Object column : (List<Object>) row.get("columns")) {
            Node node = tx.createNode(COLUMN);
            setAll(node, (Map<String, Object>) column);
            table.createRelationshipTo(node, HAS_COLUMN);
        }
    }

    @SuppressWarnings("unchecked")
    private void foreignKey(Map<String, Object> row) {
        Relationship rel = link(tables, "from", tables, "to", FOREIGN_KEY, row);
        if (rel != null) {
            setAll(rel, (Map<String, Object>) row.get("props"));
        }
    }

    @SuppressWarnings("unchecked")
    private void tableAccess(Map<String, Object> row) {
        Node type = node(types, (String) row.get("type"));
        Node table = node(tables, (String) row.get("table"));
        if (type != null && table != null) {
            RelationshipType rel =
                    relationshipTypes.computeIfAbsent((String) row.get("rel"), RelationshipType::withName);
            setAll(type.createRelationshipTo(table, rel), (Map<String, Object>) row.get("props"));
        }
    }

    @SuppressWarnings("unchecked")
    private void entryPoint(Map<String, Object> row) {
        Map<String, Object> props = (Map<String, Object>) row.get("props");
        Node type = node(types, (String) props.get("type"));
        if (type == null) {
            return;
        }
        Node entryPoint = tx.createNode(ENTRY_POINT);
        setAll(entryPoint, props);
        entryPoints.put((String) props.get("id"), entryPoint.getElementId());
        entryPoint.createRelationshipTo(type, HANDLED_BY);
        Node method = node(methods, (String) row.get("methodKey"));
        if (method != null) {
            entryPoint.createRelationshipTo(method, HANDLED_BY);
        }
    }

    @SuppressWarnings("unchecked")
    private void context(Map<String, Object> row) {
        Map<String, Object> props = (Map<String, Object>) row.get("props");
        Node context = tx.createNode(CONTEXT);
        setAll(context, props);
        Node entryPoint = node(entryPoints, (String) props.get("entryPoint"));
        if (entryPoint != null) {
            context.createRelationshipTo(entryPoint, STARTS_AT);
        }
        for (Object c : (List<Object>) row.get("calls")) {
            Map<String, Object> call = (Map<String, Object>) c;
            Node type = node(types, (String) call.get("type"));
            if (type != null) {
                Relationship rel = context.createRelationshipTo(type, INVOLVES);
                rel.setProperty("calls", call.get("calls"));
                rel.setProperty("carveOrder", call.get("order"));
            }
        }
    }

    private Relationship link(
            Map<String, String> fromIds,
            String fromKey,
            Map<String, String> toIds,
            String toKey,
            RelationshipType type,
            Map<String, Object> row) {
        Node from = node(fromIds, (String) row.get(fromKey));
        Node to = node(toIds, (String) row.get(toKey));
        return from == null || to == null ? null : from.createRelationshipTo(to, type);
    }

    private Node node(Map<String, String> ids, String key) {
        String id = ids.get(key);
        return id == null ? null : tx.getNodeByElementId(id);
    }

    private static void setAll(org.neo4j.graphdb.Entity entity, Map<String, Object> props) {
        props.forEach((key, value) -> {
            if (value instanceof List<?> list) {
                entity.setProperty(key, list.stream().map(String::valueOf).toArray(String[]::new));
            } else if (value != null) {
                entity.setProperty(key, value);
            }
        });
    }

    private static Label[] labels(String... names) {
        Label[] labels = new Label[names.length];
        for (int i = 0; i < names.length; i++) {
            labels[i] = Label.label(names[i]);
        }
        return labels;
    }
}
