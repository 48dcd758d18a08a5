package dev.carve.extractor.cdc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The fixed SQL of the sync, kept in {@code sync.sql.properties} rather than in code. */
final class Sql {
    private static final Properties STATEMENTS = load();

    private Sql() {}

    static String get(String key) {
        String sql = STATEMENTS.getProperty(key);
        if (sql == null) {
            throw new IllegalStateException("no SQL statement '" + key + "' in sync.sql.properties");
        }
        return sql;
    }

    /** Quotes an identifier for PostgreSQL ({@code a"b} to {@code "a""b"}). */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Quotes a {@code schema.table} name. */
    static String quoteQualified(String qualified) {
        int dot = qualified.indexOf('.');
        return quote(qualified.substring(0, dot)) + "." + quote(qualified.substring(dot + 1));
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Sql.class.getResourceAsStream("sync.sql.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
