package dev.carve.analyzer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
    enum Mode {
        FAST,
        SAFE
    }

    record Target(
            @ConfigKey(description = "JDBC URL", required = true)
            String url,

            @ConfigKey(description = "batch size", defaultValue = "500")
            int batch) {}

    record Table(
            @ConfigKey(description = "table name", required = true)
            String name,

            @ConfigKey(description = "mode", defaultValue = "safe")
            Mode mode) {}

    record Settings(
            @ConfigKey(description = "where rows go", required = true)
            Target target,

            @ConfigKey(description = "tables to copy") List<Table> tables,

            @ConfigKey(description = "a name", defaultValue = "carve")
            String name) {}

    @Test
    void fillsDeclaredDefaultsIntoNestedSectionsAndLists() {
        Settings s = ConfigLoader.parse(
                "target:\n  url: jdbc:postgresql://db/app\ntables:\n  - name: orders\n", "t.yaml", Settings.class);

        assertThat(s.name()).isEqualTo("carve");
        assertThat(s.target().batch()).isEqualTo(500);
        assertThat(s.tables()).containsExactly(new Table("orders", Mode.SAFE));
    }

    @Test
    void namesFileLineAndKeyOfAnUnknownKey() {
        assertThatThrownBy(
                        () -> ConfigLoader.parse("target:\n  url: x\n  batchh: 3\n", "carve-sync.yaml", Settings.class))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("carve-sync.yaml:3")
                .hasMessageContaining("unknown key 'target.batchh'")
                .hasMessageContaining("batch")
                .satisfies(e -> assertThat(((CarveException) e).exitCode()).isEqualTo(2));
    }

    @Test
    void listsEveryMissingRequiredKeyWithItsPath() {
        assertThatThrownBy(() -> ConfigLoader.parse("target: {}\ntables:\n  - mode: fast\n", "f.yaml", Settings.class))
                .hasMessageContaining("'target.url'")
                .hasMessageContaining("'tables[0].name'");
    }

    @Test
    void explainsAWrongTypeAndAnUnknownEnumValue() {
        assertThatThrownBy(() -> ConfigLoader.parse("target:\n  url: x\n  batch: many\n", "f.yaml", Settings.class))
                .hasMessageContaining("f.yaml:3")
                .hasMessageContaining("'target.batch' expects a whole number, got 'many'");
        assertThatThrownBy(() -> ConfigLoader.parse(
                        "target:\n  url: x\ntables:\n  - name: a\n    mode: turbo\n", "f.yaml", Settings.class))
                .hasMessageContaining("one of fast, safe");
    }

    @Test
    void reportsBrokenYamlAndEmptyFilesAsBadInput() {
        assertThatThrownBy(() -> ConfigLoader.parse("target:\n  url: [unclosed\n", "f.yaml", Settings.class))
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> ConfigLoader.parse("", "f.yaml", Settings.class))
                .hasMessageContaining("empty");
    }

    @Test
    void acceptsEnumValuesInAnyCase() {
        Settings s = ConfigLoader.parse(
                "target:\n  url: x\ntables:\n  - name: a\n    mode: FAST\n", "f.yaml", Settings.class);
        assertThat(s.tables().get(0).mode()).isEqualTo(Mode.FAST);
    }

    @Test
    void documentsEveryKeyFromTheDeclarations() {
        String docs = ConfigDocs.markdownTable(Settings.class);
        assertThat(docs)
                .contains("| `target.url` | string |  | yes | JDBC URL |")
                .contains("| `target.batch` | integer | `500` | no | batch size |")
                .contains("| `tables[].mode` | fast \\| safe | `safe` | no | mode |");
    }
}
