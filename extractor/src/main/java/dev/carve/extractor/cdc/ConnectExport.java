package dev.carve.extractor.cdc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same sync as Kafka Connect connectors, for running it on a Connect cluster: one Debezium PostgreSQL source
 * (the settings the embedded engine uses) and one Debezium JDBC sink per table (upsert by key, deletes, renames and
 * dropped columns as single message transforms), plus the publication DDL with the row filters.
 */
final class ConnectExport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ConnectExport() {}

    /** The source connector's config. */
    static Map<String, String> sourceConfig(SyncConfig config, Endpoint source, Endpoint target) {
        Direction d = SyncService.forward(config, source, target, shallowMappings(config));
        Map<String, String> p = new LinkedHashMap<>(DebeziumProperties.source(d, config.batchSize()));
        p.put("name", "carve-" + config.name() + "-source");
        p.put("database.password", config.source().password());
        return p;
    }

    /** One JDBC sink config per table, keyed by connector name. */
    static Map<String, Map<String, String>> sinkConfigs(SyncConfig config, Endpoint target) {
        Map<String, Map<String, String>> sinks = new LinkedHashMap<>();
        for (SyncConfig.Table t : config.tables()) {
            String name =
                    "carve-" + config.name() + "-sink-" + t.qualifiedName().replace('.', '-');
            Map<String, String> p = new LinkedHashMap<>();
            p.put("name", name);
            p.put("connector.class", "io.debezium.connector.jdbc.JdbcSinkConnector");
            p.put("tasks.max", "1");
            p.put("topics", config.name() + "." + t.qualifiedName());
            p.put("connection.url", target.url());
            p.put("connection.username", target.user());
            p.put("connection.password", config.target().password());
            p.put("insert.mode", "upsert");
            p.put("delete.enabled", "true");
            p.put("primary.key.mode", "record_key");
            p.put("schema.evolution", "basic");
            p.put("table.name.format", t.qualifiedTarget());
            List<String> transforms = new ArrayList<>();
            transforms.add("unwrap");
            p.put("transforms.unwrap.type", "io.debezium.transforms.ExtractNewRecordState");
            p.put("transforms.unwrap.delete.tombstone.handling.mode", "tombstone");
            if (!t.rename().isEmpty() || !t.drop().isEmpty()) {
                transforms.add("mapValue");
                p.put("transforms.mapValue.type", "org.apache.kafka.connect.transforms.ReplaceField$Value");
                if (!t.rename().isEmpty()) {
                    p.put("transforms.mapValue.renames", renames(t.rename()));
                }
                if (!t.drop().isEmpty()) {
                    p.put("transforms.mapValue.exclude", String.join(",", t.drop()));
                }
                transforms.add("mapKey");
                p.put("transforms.mapKey.type", "org.apache.kafka.connect.transforms.ReplaceField$Key");
                p.put("transforms.mapKey.renames", t.rename().isEmpty() ? "" : renames(t.rename()));
            }
            p.put("transforms", String.join(",", transforms));
            sinks.put(name, p);
        }
        return sinks;
    }

    static String publicationSql(SyncConfig config) {
        List<String> parts = new ArrayList<>();
        for (SyncConfig.Table t : config.tables()) {
            parts.add(
                    Sql.quoteQualified(t.qualifiedName()) + (t.filter() == null ? "" : " WHERE (" + t.filter() + ")"));
        }
        return "-- run once on the source before starting the source connector\nCREATE PUBLICATION "
                + Sql.quote(config.slotName()) + " FOR TABLE " + String.join(", ", parts) + ";\n";
    }

    static List<Path> write(SyncConfig config, Endpoint source, Endpoint target, Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            Map<String, String> src = sourceConfig(config, source, target);
            written.add(writeConnector(dir, src.get("name"), src));
            for (Map.Entry<String, Map<String, String>> sink :
                    sinkConfigs(config, target).entrySet()) {
                written.add(writeConnector(dir, sink.getKey(), sink.getValue()));
            }
            Path sql = dir.resolve("carve-" + config.name() + "-publication.sql");
            Files.writeString(sql, publicationSql(config));
            written.add(sql);
        } catch (IOException e) {
            throw SyncException.refused("cannot write the Kafka Connect configs to " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static Path writeConnector(Path dir, String name, Map<String, String> config) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        Map<String, String> withoutName = new LinkedHashMap<>(config);
        withoutName.remove("name");
        body.put("config", withoutName);
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, JSON.writeValueAsString(body) + "\n");
        return file;
    }

    private static String renames(Map<String, String> renames) {
        List<String> pairs = new ArrayList<>();
        renames.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> pairs.add(e.getKey() + ":" + e.getValue()));
        return String.join(",", pairs);
    }

    private static List<TableMapping> shallowMappings(SyncConfig config) {
        List<TableMapping> out = new ArrayList<>();
        for (SyncConfig.Table t : config.tables()) {
            out.add(new TableMapping(
                    t.qualifiedName(), t.qualifiedTarget(), List.of(), List.of(), t.filter(), java.util.Set.of()));
        }
        return out;
    }
}
