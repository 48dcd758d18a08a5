package dev.carve.extractor.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import io.debezium.connector.jdbc.JdbcSinkConnector;
import io.debezium.connector.postgresql.PostgresConnector;
import io.debezium.transforms.ExtractNewRecordState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.transforms.ReplaceField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported connector configs pass the connectors' own ConfigDef validation (offline: no database needed). */
class ConnectExportTest {
    private static final SyncConfig CONFIG = SyncConfig.parse("""
            name: orders
            source: {url: "jdbc:postgresql://legacy:5432/shop", user: carve, password: "${SRC_PW}"}
            target: {url: "jdbc:postgresql://orders-db:5433/orders", user: svc, password: secret}
            tables:
              - name: public.orders
                rename: {customer_id: client_id}
                drop: [internal_notes]
                filter: "region = 'EU'"
              - name: order_lines
            """, "carve-sync.yaml");

    private static Endpoint source() {
        return SyncService.endpoint(CONFIG.source());
    }

    private static Endpoint target() {
        return SyncService.endpoint(CONFIG.target());
    }

    @Test
    void sourceConfigIsValidForTheDebeziumPostgresConnector() {
        Map<String, String> config = ConnectExport.sourceConfig(CONFIG, source(), target());
        assertThat(errors(new PostgresConnector().config(), config)).isEmpty();
        assertThat(config)
                .containsEntry("plugin.name", "pgoutput")
                .containsEntry("slot.name", "carve_orders")
                .containsEntry("publication.name", "carve_orders")
                .containsEntry("database.hostname", "legacy")
                .containsEntry("database.password", "${SRC_PW}")
                .doesNotContainKey("offset.storage");
    }

    @Test
    void sinkConfigsAreValidForTheJdbcSinkAndTheirTransforms() {
        Map<String, Map<String, String>> sinks = ConnectExport.sinkConfigs(CONFIG, target());
        assertThat(sinks).hasSize(2);
        for (Map<String, String> sink : sinks.values()) {
            assertThat(errors(new JdbcSinkConnector().config(), sink)).isEmpty();
            assertThat(errors(new ExtractNewRecordState<>().config(), transform(sink, "unwrap")))
                    .isEmpty();
            if (sink.containsKey("transforms.mapValue.type")) {
                assertThat(errors(new ReplaceField.Value<>().config(), transform(sink, "mapValue")))
                        .isEmpty();
                assertThat(errors(new ReplaceField.Key<>().config(), transform(sink, "mapKey")))
                        .isEmpty();
            }
        }
        Map<String, String> orders = sinks.get("carve-orders-sink-public-orders");
        assertThat(orders)
                .containsEntry("topics", "orders.public.orders")
                .containsEntry("insert.mode", "upsert")
                .containsEntry("transforms.mapValue.renames", "customer_id:client_id")
                .containsEntry("transforms.mapValue.exclude", "internal_notes");
    }

    @Test
    void writesOneFilePerConnectorAndThePublicationWithItsRowFilter(@TempDir Path dir) throws Exception {
        List<Path> files = ConnectExport.write(CONFIG, source(), target(), dir);
        assertThat(files).hasSize(4);
        assertThat(Files.readString(dir.resolve("carve-orders-publication.sql")))
                .contains("CREATE PUBLICATION \"carve_orders\" FOR TABLE \"public\".\"orders\" WHERE (region = 'EU')");
        assertThat(Files.readString(dir.resolve("carve-orders-source.json")))
                .contains("\"connector.class\" : \"io.debezium.connector.postgresql.PostgresConnector\"");
    }

    private static Map<String, String> transform(Map<String, String> sink, String alias) {
        Map<String, String> out = new LinkedHashMap<>();
        String prefix = "transforms." + alias + ".";
        sink.forEach((k, v) -> {
            if (k.startsWith(prefix) && !k.equals(prefix + "type")) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    private static List<String> errors(ConfigDef def, Map<String, String> config) {
        List<String> errors = new ArrayList<>();
        for (ConfigValue v : def.validate(config)) {
            v.errorMessages().forEach(m -> errors.add(v.name() + ": " + m));
        }
        return errors;
    }
}
