package dev.carve.extractor.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carve.analyzer.config.ConfigLoader;
import dev.carve.analyzer.proposal.Module;
import dev.carve.extractor.ExtractionException;
import dev.carve.extractor.cdc.SyncConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code sync} section of a plan: a {@code carve-sync.yaml} for the tables the module owns, built as a
 * {@link SyncConfig} (so it passes the same validation) and written the way the sync's own loader reads it, so
 * {@code carve sync --config carve-plan.yaml --section sync} runs it unchanged.
 */
final class SyncSection {
    private static final Pattern TABLE = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*\\.)?[a-zA-Z_][a-zA-Z0-9_]*");
    private static final ObjectMapper YAML =
            ConfigLoader.yamlMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private SyncSection() {}

    static Map<String, Object> of(Module module, PlanOptions options) {
        List<SyncConfig.Table> tables = new ArrayList<>();
        for (String table : module.ownedTables()) {
            if (!TABLE.matcher(table).matches()) {
                throw ExtractionException.badInput("table '" + table + "' owned by module " + module.name()
                        + " is not a plain schema.table name the sync can copy; rename it in the proposal or"
                        + " write the sync config by hand (docs/formats/carve-sync.md)");
            }
            tables.add(SyncConfig.Table.of(table));
        }
        SyncConfig config = new SyncConfig(
                syncName(module.name()),
                database(options.legacyDb(), "CARVE_LEGACY_DB_PASSWORD"),
                database(options.serviceDb(), "CARVE_SERVICE_DB_PASSWORD"),
                tables,
                false,
                2048,
                0,
                64,
                30);
        return YAML.convertValue(config, new TypeReference<>() {});
    }

    private static SyncConfig.Database database(String jdbcUrl, String passwordVariable) {
        return jdbcUrl == null
                ? SyncConfig.Database.of(null, "postgres", null)
                : SyncConfig.Database.of(jdbcUrl, "postgres", "${" + passwordVariable + "}");
    }

    /** A sync name (slot carve_<name>): lower case, digits and underscores, starting with a letter. */
    static String syncName(String module) {
        String name = module.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "m_" + name;
        }
        return name.length() > 41 ? name.substring(0, 41) : name;
    }
}
