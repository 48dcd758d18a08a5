package dev.carve.extractor.cdc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Turns a Debezium change event into a {@link Change} in target terms (renames and dropped columns applied) and
 * follows the source's schema: a new nullable column is added to the target; a dropped, renamed or retyped column
 * stops the sync with what to do.
 */
final class RecordMapper {
    static final String MARKER = "carve_sync.marker";
    static final String UNAVAILABLE = "__debezium_unavailable_value";
    private static final byte[] UNAVAILABLE_BYTES = UNAVAILABLE.getBytes(StandardCharsets.UTF_8);

    private final Direction direction;
    private final Map<String, TableMapping> byTable = new HashMap<>();
    private final Map<String, Schema> lastSchema = new HashMap<>();

    RecordMapper(Direction direction) {
        this.direction = direction;
        for (TableMapping t : direction.tables()) {
            byTable.put(t.source(), t);
        }
    }

    Map<String, TableMapping> mappings() {
        return byTable;
    }

    /** The change, or null for a table that is not mapped. */
    Change toChange(SourceRecord r, Struct value, Connection writeConn) throws SQLException {
        Struct source = value.getStruct("source");
        String table = source.getString("schema") + "." + source.getString("table");
        TableMapping m = byTable.get(table);
        if (m == null) {
            return null;
        }
        String op = value.getString("op");
        if ("d".equals(op)) {
            return new Change(m, Change.Kind.DELETE, key(m, value.getStruct("before"), (Struct) r.key()), Map.of());
        }
        Struct after = value.getStruct("after");
        m = followSchema(m, after.schema(), writeConn);
        Map<String, Object> values = new LinkedHashMap<>();
        boolean partial = false;
        for (Field f : after.schema().fields()) {
            TableMapping.Column col = m.column(f.name());
            if (col == null) {
                continue;
            }
            Object v = sqlValue(after.get(f));
            if (isUnavailable(v)) {
                partial = true;
                continue;
            }
            values.put(col.target(), v);
        }
        return new Change(m, partial ? Change.Kind.PARTIAL_UPDATE : Change.Kind.UPSERT, key(m, after, null), values);
    }

    private static List<Object> key(TableMapping m, Struct row, Struct recordKey) {
        List<Object> key = new ArrayList<>(m.primaryKey().size());
        for (String pk : m.primaryKey()) {
            Struct from = row != null && row.schema().field(pk) != null ? row : recordKey;
            key.add(sqlValue(from.get(pk)));
        }
        return key;
    }

    private TableMapping followSchema(TableMapping m, Schema schema, Connection writeConn) throws SQLException {
        Schema previous = lastSchema.get(m.source());
        if (previous == schema) {
            return m;
        }
        List<String> problems = new ArrayList<>();
        TableMapping updated = m;
        for (Field f : schema.fields()) {
            if (previous != null && previous.field(f.name()) != null) {
                Schema before = previous.field(f.name()).schema();
                TableMapping.Column known = updated.column(f.name());
                if (known != null
                        && (before.type() != f.schema().type()
                                || !same(before.name(), f.schema().name()))) {
                    problems.add("column " + f.name() + " changed type on " + m.source() + ". Fix: ALTER the column "
                            + known.target() + " of " + m.target()
                            + " to the new type, then start the sync again.");
                }
            }
            if (updated.column(f.name()) != null || m.dropped().contains(f.name())) {
                continue;
            }
            updated = addColumn(updated, f, writeConn, problems);
        }
        for (TableMapping.Column c : m.columns()) {
            if (schema.field(c.source()) == null) {
                problems.add("column " + c.source() + " was dropped or renamed on " + m.source() + ". Carve does not"
                        + " guess what that means for " + m.target() + "." + c.target() + ". Fix: drop or rename the"
                        + " target column as suits the new service (or keep it: it then stays NULL for new rows),"
                        + " then start the sync again.");
            }
        }
        if (!problems.isEmpty()) {
            throw SyncException.stopped("the sync stopped on a schema change it does not apply by itself:\n  - "
                    + String.join("\n  - ", problems));
        }
        lastSchema.put(m.source(), schema);
        byTable.put(m.source(), updated);
        return updated;
    }

    private TableMapping addColumn(TableMapping m, Field f, Connection writeConn, List<String> problems)
            throws SQLException {
        Catalog.TableInfo target = Catalog.table(writeConn, m.target());
        for (TableMapping.Column existing : target.columns()) {
            if (existing.source().equals(f.name())) {
                return m.withColumn(new TableMapping.Column(f.name(), f.name(), existing.type(), false));
            }
        }
        if (!f.schema().isOptional()) {
            problems.add("column " + f.name() + " was added to " + m.source() + " as NOT NULL; Carve only adds"
                    + " nullable columns by itself. Fix: ALTER TABLE " + m.target() + " ADD COLUMN " + f.name()
                    + " <type> with a default, then start the sync again.");
            return m;
        }
        TableMapping.Column column;
        try (Connection read = direction.readFrom().open()) {
            column = Catalog.table(read, m.source()).columns().stream()
                    .filter(c -> c.source().equals(f.name()))
                    .findFirst()
                    .orElse(null);
        }
        if (column == null) {
            problems.add("column " + f.name() + " of " + m.source() + " is in the change stream but no longer in"
                    + " the catalog. Start the sync again once the schema change is finished.");
            return m;
        }
        TableMapping.Column added = new TableMapping.Column(f.name(), f.name(), column.type(), false);
        TargetSchema.addColumn(writeConn, m.target(), added);
        writeConn.commit();
        return m.withColumn(added);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static boolean isUnavailable(Object v) {
        return UNAVAILABLE.equals(v) || (v instanceof byte[] b && Arrays.equals(b, UNAVAILABLE_BYTES));
    }

    /** A Connect value as something JDBC binds with a cast to the column type: text, bytes or null. */
    static Object sqlValue(Object v) {
        if (v == null || v instanceof byte[]) {
            return v;
        }
        if (v instanceof ByteBuffer b) {
            byte[] bytes = new byte[b.remaining()];
            b.duplicate().get(bytes);
            return bytes;
        }
        if (v instanceof List<?> list) {
            StringBuilder s = new StringBuilder("{");
            for (int i = 0; i < list.size(); i++) {
                Object e = list.get(i);
                s.append(i == 0 ? "" : ",");
                s.append(
                        e == null
                                ? "NULL"
                                : '"' + e.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"');
            }
            return s.append('}').toString();
        }
        return v.toString();
    }
}
