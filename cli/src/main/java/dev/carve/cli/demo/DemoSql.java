package dev.carve.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The demo's fixed SQL, kept in {@code demo.sql.properties} rather than in code. */
final class DemoSql {
    private static final Properties STATEMENTS = load();

    private DemoSql() {}

    static String get(String key) {
        String sql = STATEMENTS.getProperty(key);
        if (sql == null) {
            throw new IllegalStateException("no SQL statement '" + key + "' in demo.sql.properties");
        }
        return sql;
    }

    /** Quotes an identifier for PostgreSQL ({@code a"b} to {@code "a""b"}). */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = DemoSql.class.getResourceAsStream("demo.sql.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
