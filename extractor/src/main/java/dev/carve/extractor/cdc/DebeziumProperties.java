package dev.carve.extractor.cdc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Debezium PostgreSQL connector settings of one direction, shared by the embedded engine and the Kafka Connect
 * export so both capture the same way: pgoutput, Carve's filtered publication, snapshot then stream, and value
 * encodings that round-trip through text into PostgreSQL without loss.
 */
final class DebeziumProperties {
    private DebeziumProperties() {}

    static Map<String, String> source(Direction d, int batchSize) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("name", d.key());
        p.put("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        p.put("tasks.max", "1");
        p.put("database.hostname", d.readFrom().host());
        p.put("database.port", String.valueOf(d.readFrom().port()));
        p.put("database.user", d.readFrom().user());
        p.put("database.password", d.readFrom().password());
        p.put("database.dbname", d.readFrom().database());
        p.put("topic.prefix", d.topicPrefix());
        p.put("plugin.name", "pgoutput");
        p.put("slot.name", d.slot());
        p.put("publication.name", d.slot());
        p.put("publication.autocreate.mode", "disabled");
        p.put("snapshot.mode", "initial");
        List<String> tables = new ArrayList<>();
        for (TableMapping t : d.tables()) {
            tables.add(escape(t.source()));
        }
        if (d.readMarker()) {
            tables.add(escape(RecordMapper.MARKER));
        }
        p.put("table.include.list", String.join(",", tables));
        for (TableMapping t : d.tables()) {
            if (t.filter() != null) {
                p.put(
                        "snapshot.select.statement.overrides." + t.source(),
                        "SELECT * FROM " + Sql.quoteQualified(t.source()) + " WHERE " + t.filter());
            }
        }
        if (d.tables().stream().anyMatch(t -> t.filter() != null)) {
            p.put(
                    "snapshot.select.statement.overrides",
                    String.join(
                            ",",
                            d.tables().stream()
                                    .filter(t -> t.filter() != null)
                                    .map(TableMapping::source)
                                    .toList()));
        }
        p.put("decimal.handling.mode", "string");
        p.put("time.precision.mode", "isostring");
        p.put("interval.handling.mode", "string");
        p.put("hstore.handling.mode", "json");
        p.put("binary.handling.mode", "bytes");
        p.put("include.unknown.datatypes", "true");
        p.put("max.batch.size", String.valueOf(batchSize));
        p.put("max.queue.size", String.valueOf(batchSize * 4));
        p.put("poll.interval.ms", "20");
        p.put("snapshot.fetch.size", "10000");
        p.put("slot.drop.on.stop", "false");
        p.put("tombstones.on.delete", "false");
        return p;
    }

    /** table.include.list entries are regular expressions; a dot in a name must match only a dot. */
    private static String escape(String table) {
        return table.replace(".", "\\.");
    }
}
