package dev.carve.extractor.cdc;

import dev.carve.analyzer.config.ConfigKey;
import dev.carve.analyzer.config.ConfigLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@code carve-sync.yaml}: which tables to copy from the source database to the target, how to map them, and how
 * to run. Every key is declared here once (docs/formats/carve-sync.md is generated from these declarations).
 */
public record SyncConfig(
        @ConfigKey(
                description = "Name of the sync; the replication slot and the publication on the source are named"
                        + " `carve_<name>` (letters, digits and underscores).",
                required = true,
                example = "orders")
        String name,

        @ConfigKey(description = "The legacy database that changes are read from.")
        Database source,

        @ConfigKey(description = "The extracted service's database that changes are written to.")
        Database target,

        @ConfigKey(
                description = "The tables to copy, each with optional renames, dropped columns and a row filter.",
                required = true)
        List<Table> tables,

        @ConfigKey(
                description = "Also copy changes made on the target back to the source (for the transition window);"
                        + " changes written by the sync itself are never echoed back.",
                defaultValue = "false")
        boolean reverse,

        @ConfigKey(description = "Most changes applied in one target transaction.", defaultValue = "2048")
        int batchSize,

        @ConfigKey(
                description = "Port of the Prometheus metrics endpoint (`/metrics`) while the sync runs; 0 for none.",
                defaultValue = "0")
        int metricsPort,

        @ConfigKey(
                description = "A replication slot of this sync that is inactive and holds back more than this many"
                        + " MB of WAL is reported as stale when the sync starts.",
                defaultValue = "64")
        int staleSlotMb,

        @ConfigKey(
                description = "How long to keep retrying an unreachable database before giving up, in seconds.",
                defaultValue = "30")
        int connectTimeoutSeconds) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    public SyncConfig {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "key 'name': '" + name + "' is not a valid sync name: use lower-case letters,"
                            + " digits and underscores, starting with a letter (at most 41 characters)");
        }
        tables = tables == null ? List.of() : List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("key 'tables': list at least one table to copy");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        source = source == null ? Database.EMBEDDED : source;
        target = target == null ? Database.EMBEDDED : target;
    }

    /** Reads and validates a config file; errors name the file, line and key. */
    public static SyncConfig load(Path file) {
        return ConfigLoader.load(file, SyncConfig.class);
    }

    /**
     * Reads the config under the dotted key {@code section} of a larger file (e.g. {@code sync} of a
     * {@code carve-plan.yaml}); empty for the whole file. Errors name lines and keys of the whole file.
     */
    public static SyncConfig load(Path file, String section) {
        return ConfigLoader.load(file, section, SyncConfig.class);
    }

    /** Parses config text; {@code origin} names it in error messages. */
    public static SyncConfig parse(String yaml, String origin) {
        return ConfigLoader.parse(yaml, origin, SyncConfig.class);
    }

    /** The replication slot and publication name on the source. */
    public String slotName() {
        return "carve_" + name;
    }

    public SyncConfig withSource(Database db) {
        return new SyncConfig(
                name, db, target, tables, reverse, batchSize, metricsPort, staleSlotMb, connectTimeoutSeconds);
    }

    public SyncConfig withTarget(Database db) {
        return new SyncConfig(
                name, source, db, tables, reverse, batchSize, metricsPort, staleSlotMb, connectTimeoutSeconds);
    }

    public SyncConfig withBatchSize(int size) {
        return new SyncConfig(
                name, source, target, tables, reverse, size, metricsPort, staleSlotMb, connectTimeoutSeconds);
    }

    public SyncConfig withConnectTimeoutSeconds(int seconds) {
        return new SyncConfig(name, source, target, tables, reverse, batchSize, metricsPort, staleSlotMb, seconds);
    }

    /** A database by JDBC URL; an empty URL means an embedded PostgreSQL started by Carve. */
    public record Database(
            @ConfigKey(
                    description = "JDBC URL of a PostgreSQL database; omit it to start an embedded PostgreSQL"
                            + " (wal_level=logical) for trying things out.",
                    example = "jdbc:postgresql://legacy-db:5432/shop")
            String url,

            @ConfigKey(description = "User name.", defaultValue = "postgres")
            String user,

            @ConfigKey(description = "Password; `${ENV_VAR}` reads it from the environment.", defaultValue = "")
            String password) {
        static final Database EMBEDDED = new Database(null, "postgres", "");

        public Database {
            url = url == null || url.isBlank() ? null : url.trim();
            if (url != null && !url.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException(
                        "url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), got '" + url + "'");
            }
            user = user == null ? "postgres" : user;
            password = password == null ? "" : password;
        }

        public static Database of(String url, String user, String password) {
            return new Database(url, user, password);
        }

        /** Whether Carve should start an embedded PostgreSQL for this side. */
        public boolean embedded() {
            return url == null;
        }

        /** The password with a {@code ${VAR}} reference resolved from the environment. */
        String resolvedPassword() {
            if (password.startsWith("${") && password.endsWith("}")) {
                String value = System.getenv(password.substring(2, password.length() - 1));
                return value == null ? "" : value;
            }
            return password;
        }

        @Override
        public String toString() {
            return url == null ? "embedded PostgreSQL" : url;
        }
    }

    /** One table to copy. */
    public record Table(
            @ConfigKey(
                    description = "Source table, `schema.table` or `table` (schema public).",
                    required = true,
                    example = "public.orders")
            String name,

            @ConfigKey(description = "Target table name (`schema.table` or `table`); defaults to the source name.")
            String target,

            @ConfigKey(
                    description = "Columns renamed on the target: source column to target column.",
                    defaultValue = "{}",
                    example = "{customer_id: client_id}")
            Map<String, String> rename,

            @ConfigKey(description = "Source columns not copied.", defaultValue = "[]", example = "[internal_notes]")
            List<String> drop,

            @ConfigKey(
                    description = "Only rows matching this SQL condition on the source table are copied; a row that"
                            + " stops matching is deleted from the target. Needs REPLICA IDENTITY FULL on the"
                            + " table.",
                    example = "region = 'EU'")
            String filter) {
        private static final Pattern IDENT = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*\\.)?[a-zA-Z_][a-zA-Z0-9_]*");

        public Table {
            if (name == null || !IDENT.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a table name (schema.table or table)");
            }
            if (target != null && !IDENT.matcher(target).matches()) {
                throw new IllegalArgumentException("'" + target + "' is not a table name (schema.table or table)");
            }
            rename = rename == null ? Map.of() : Map.copyOf(rename);
            drop = drop == null ? List.of() : List.copyOf(drop);
            filter = filter == null || filter.isBlank() ? null : filter.trim();
        }

        public static Table of(String name) {
            return new Table(name, null, Map.of(), List.of(), null);
        }

        /** Schema-qualified source name. */
        public String qualifiedName() {
            return name.contains(".") ? name : "public." + name;
        }

        /** Schema-qualified target name. */
        public String qualifiedTarget() {
            String t = target == null ? name : target;
            return t.contains(".") ? t : "public." + t;
        }
    }
}
