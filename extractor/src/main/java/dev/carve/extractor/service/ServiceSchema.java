package dev.carve.extractor.service;

import dev.carve.extractor.ExtractionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema of the tables a module owns, cut out of the monolith's Flyway migrations
 * ({@code src/main/resources/db/migration/V*.sql}, in version order) or its {@code schema.sql}: the
 * {@code create table}, {@code create index}, {@code alter table}, {@code comment on} and {@code insert} statements
 * of those tables, so the service's tables have the same names, columns and reference data as the legacy ones.
 * Foreign keys to tables the module does not own are dropped (another service owns them now) and listed.
 *
 * @param ddl the migration for the service
 * @param statements how many statements it holds
 * @param droppedReferences foreign keys removed, as {@code table.column -> other table}
 * @param sources the monolith files the statements came from, relative to the project
 */
record ServiceSchema(String ddl, int statements, List<String> droppedReferences, List<Path> sources) {
    private static final Pattern TABLE_OF = Pattern.compile(
            "^(?:create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?|alter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?"
                    + "|insert\\s+into\\s+|comment\\s+on\\s+(?:table|column)\\s+"
                    + "|create\\s+(?:unique\\s+)?index\\s+(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?\\S+\\s+on\\s+(?:only\\s+)?)"
                    + "\"?(?:\\w+\\.)?\"?(\\w+)\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCES = Pattern.compile(
            "\\s+references\\s+\"?(?:\\w+\\.)?\"?(\\w+)\"?\\s*(?:\\([^)]*\\))?(?:\\s+on\\s+(?:delete|update)\\s+(?:cascade|restrict|set\\s+null|set\\s+default|no\\s+action))*",
            Pattern.CASE_INSENSITIVE);

    static ServiceSchema of(Path project, List<String> ownedTables, String module) {
        List<Path> files = migrations(project);
        if (files.isEmpty()) {
            throw ExtractionException.badInput(project + ": no Flyway migrations (src/main/resources/db/migration/"
                    + "V*.sql) and no src/main/resources/schema.sql, so Carve cannot cut out the schema of "
                    + ownedTables + " for the service. Add the DDL as a migration first. Nothing was written.");
        }
        Set<String> owned = Set.copyOf(
                ownedTables.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
        StringBuilder ddl = new StringBuilder("-- The tables the " + module + " module owns, cut out of the monolith's"
                + " migrations by Carve:\n-- same names and columns as in the monolith, so carve sync can copy"
                + " them.\n");
        List<String> dropped = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        int count = 0;
        for (Path file : files) {
            boolean used = false;
            for (String statement : statements(read(file))) {
                Matcher matcher = TABLE_OF.matcher(withoutComments(statement).strip());
                if (!matcher.find() || !owned.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String table = matcher.group(1);
                String kept = dropForeignReferences(statement.strip(), table, owned, dropped);
                if (!used) {
                    ddl.append("\n-- from ").append(project.relativize(file)).append('\n');
                    sources.add(project.relativize(file));
                    used = true;
                }
                ddl.append(kept).append(";\n");
                count++;
            }
        }
        return new ServiceSchema(ddl.toString(), count, dropped, sources);
    }

    private static String dropForeignReferences(
            String statement, String table, Set<String> owned, List<String> dropped) {
        Matcher matcher = REFERENCES.matcher(statement);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String other = matcher.group(1);
            if (owned.contains(other.toLowerCase(Locale.ROOT))) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
            } else {
                String before = statement.substring(0, matcher.start());
                String column =
                        before.substring(before.lastIndexOf('\n') + 1).strip().split("\\s+")[0];
                dropped.add(table + "." + column + " -> " + other);
                matcher.appendReplacement(out, "");
            }
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static List<Path> migrations(Path project) {
        Path dir = project.resolve("src/main/resources/db/migration");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                List<Path> files = list.filter(p -> p.getFileName().toString().matches("V[\\d._]+__.*\\.sql"))
                        .sorted(Comparator.comparing(ServiceSchema::version))
                        .toList();
                if (!files.isEmpty()) {
                    return files;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path schema = project.resolve("src/main/resources/schema.sql");
        return Files.isRegularFile(schema) ? List.of(schema) : List.of();
    }

    /** The Flyway version of {@code V1_2__x.sql} as a sortable string. */
    private static String version(Path file) {
        String name = file.getFileName().toString();
        String[] parts = name.substring(1, name.indexOf("__")).split("[._]");
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            key.append(String.format("%010d", Long.parseLong(part)));
        }
        return key.toString();
    }

    /** Splits SQL at semicolons outside quotes and comments. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (!quoted && c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
                current.append(sql, i, end);
                i = end - 1;
                continue;
            }
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                if (!withoutComments(current.toString()).isBlank()) {
                    out.add(current.toString());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!withoutComments(current.toString()).isBlank()) {
            out.add(current.toString());
        }
        return out;
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ExtractionException.badInput(file + ": cannot be read: " + e.getMessage());
        }
    }
}
