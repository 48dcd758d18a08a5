package dev.carve.analyzer.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Reads the data resources of a project: SQL scripts (Flyway migrations in version order, {@code schema.sql},
 * Liquibase formatted SQL), Liquibase XML/YAML changelogs and MyBatis mappers. Table DDL becomes {@code TableNode}s
 * with columns and foreign keys; mapper statements become table accesses. A statement the SQL parser does not
 * understand becomes an {@code UNSUPPORTED_SQL} problem at its file and line, and reading goes on.
 */
public final class SchemaReader {
    private static final Pattern FLYWAY = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SchemaReader() {}

    /**
     * Reads the given files.
     *
     * @param files candidate resources (any .sql/.xml/.yaml/.yml; others are ignored)
     * @param relative how a file is named in locations (relative to the analyzed root)
     */
    public static CodeGraph read(List<Path> files, Function<Path, String> relative) {
        CodeGraph.Builder out = CodeGraph.builder();
        TableBook book = new TableBook();
        List<Path> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(SchemaReader::flywayOrder).thenComparing(Path::toString));
        for (Path file : ordered) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String rel = relative.apply(file);
            try {
                if (name.endsWith(".sql")) {
                    script(Files.readString(file), rel, book, out);
                } else if (name.endsWith(".xml")) {
                    xml(file, rel, book, out);
                } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    yaml(file, rel, book, out);
                }
            } catch (MalformedInputException e) {
                out.problem(new AnalysisProblem(
                        ProblemKind.UNREADABLE_FILE, "not UTF-8 text, skipped", SourceLocation.of(rel, 0)));
            } catch (IOException | RuntimeException e) {
                out.problem(new AnalysisProblem(
                        ProblemKind.UNREADABLE_FILE, "cannot read: " + e.getMessage(), SourceLocation.of(rel, 0)));
            }
        }
        book.tables().forEach(out::table);
        return out.build();
    }

    /** Flyway migrations first, by version; then everything else. */
    private static String flywayOrder(Path file) {
        Matcher m = FLYWAY.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return "~";
        }
        StringBuilder key = new StringBuilder("0");
        for (String part : m.group(1).split("[._]")) {
            key.append(String.format("%010d", Long.parseLong(part.length() > 9 ? part.substring(0, 9) : part)));
        }
        return key.toString();
    }

    static void script(String text, String file, TableBook book, CodeGraph.Builder out) {
        for (SqlScript.Statement s : SqlScript.split(text)) {
            ddl(s.text(), SourceLocation.of(file, s.line()), book, out);
        }
    }

    private static void ddl(String sql, SourceLocation at, TableBook book, CodeGraph.Builder out) {
        if (!DdlStatements.isTableDdl(sql)) {
            return;
        }
        String error = DdlStatements.apply(sql, at, book);
        if (!error.isEmpty()) {
            out.problem(new AnalysisProblem(ProblemKind.UNSUPPORTED_SQL, error, at));
        }
    }

    private static void xml(Path file, String rel, TableBook book, CodeGraph.Builder out) throws IOException {
        String head = head(file);
        if (!head.contains("databaseChangeLog") && !head.contains("<mapper")) {
            return;
        }
        Element root = Xml.parse(file).getDocumentElement();
        switch (Xml.name(root)) {
            case "databaseChangeLog" ->
                LiquibaseChangelogs.xml(root, rel, book, (sql, at) -> sqlChange(sql, at, book, out));
            case "mapper" -> MyBatisMappers.read(root, rel, out);
            default -> {
                // another kind of XML: not a data resource
            }
        }
    }

    private static void yaml(Path file, String rel, TableBook book, CodeGraph.Builder out) throws IOException {
        if (!head(file).contains("databaseChangeLog")) {
            return;
        }
        JsonNode root = YAML.readTree(file.toFile());
        if (root != null) {
            LiquibaseChangelogs.yaml(root, rel, book, (sql, at) -> sqlChange(sql, at, book, out));
        }
    }

    private static void sqlChange(String sql, SourceLocation at, TableBook book, CodeGraph.Builder out) {
        for (SqlScript.Statement s : SqlScript.split(sql)) {
            ddl(s.text(), at, book, out);
        }
    }

    private static String head(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
