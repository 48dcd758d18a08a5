package dev.carve.extractor.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import org.junit.jupiter.api.Test;

class SyncConfigTest {
    @Test
    void readsTablesWithRenamesDropsAndFiltersAndFillsDefaults() {
        SyncConfig c = SyncConfig.parse("""
                name: orders
                source:
                  url: jdbc:postgresql://legacy:5432/shop
                  user: carve
                tables:
                  - name: public.orders
                    target: sales.orders
                    rename: {customer_id: client_id}
                    drop: [internal_notes]
                    filter: "region = 'EU'"
                  - name: items
                """, "carve-sync.yaml");
        assertThat(c.slotName()).isEqualTo("carve_orders");
        assertThat(c.source().embedded()).isFalse();
        assertThat(c.target().embedded()).isTrue();
        assertThat(c.batchSize()).isEqualTo(2048);
        assertThat(c.tables().get(0).qualifiedTarget()).isEqualTo("sales.orders");
        assertThat(c.tables().get(0).rename()).containsEntry("customer_id", "client_id");
        assertThat(c.tables().get(1).qualifiedName()).isEqualTo("public.items");
        assertThat(c.tables().get(1).qualifiedTarget()).isEqualTo("public.items");
    }

    @Test
    void namesFileLineAndKeyOfAnUnknownKey() {
        assertThatThrownBy(() -> SyncConfig.parse("""
                        name: orders
                        tables:
                          - name: orders
                            fliter: "x = 1"
                        """, "carve-sync.yaml"))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("carve-sync.yaml:4")
                .hasMessageContaining("fliter");
    }

    @Test
    void refusesAnInvalidSyncNameNamingFileAndKey() {
        assertThatThrownBy(() -> SyncConfig.parse("tables: [{name: a}]\nname: Bad-Name\n", "s.yaml"))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("s.yaml")
                .hasMessageContaining("key 'name'")
                .hasMessageContaining("not a valid sync name");
    }

    @Test
    void refusesANonPostgresUrl() {
        assertThatThrownBy(() ->
                        SyncConfig.parse("name: a\ntables: [{name: t}]\nsource:\n  url: jdbc:mysql://x/y\n", "s.yaml"))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("s.yaml:3: key 'source'")
                .hasMessageContaining("PostgreSQL JDBC URL");
    }
}
