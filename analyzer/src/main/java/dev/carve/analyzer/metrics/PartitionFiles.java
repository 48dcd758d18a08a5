package dev.carve.analyzer.metrics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.carve.analyzer.CarveException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads decompositions and references from the files other tools write: Mono2Micro's JSON shapes ({@code {"Class":
 * 0}}, {@code {"partitions": {"name": ["Class"]}}}, {@code {"name": ["Class"]}}), CSV {@code class,partition} (header
 * optional), RSF {@code contain <module> <Class>}, and the reference CSVs of ASE'24 ({@code class full
 * name,...,reference decomposition}) and USB ({@code Components,Type,Label}, class rows only). Errors name the file,
 * line and key. Mono2Micro's nested-class spelling {@code Outer::Inner} becomes the graph's {@code Outer$Inner}.
 */
public final class PartitionFiles {
    private static final JsonFactory JSON = new JsonFactory();

    private PartitionFiles() {}

    /** A decomposition in any of the supported shapes, chosen by the file's extension (.json, .csv, .rsf). */
    public static Decomposition readDecomposition(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Map<String, String> moduleOf = new LinkedHashMap<>();
        if (name.endsWith(".rsf")) {
            for (Reference.Row r : readRsf(file)) {
                put(moduleOf, r.entity(), r.service(), file, r.line());
            }
        } else if (name.endsWith(".csv")) {
            List<String[]> rows = csv(file);
            int start = !rows.isEmpty() && isHeader(rows.get(0)[1]) ? 1 : 0;
            for (int i = start; i < rows.size(); i++) {
                String[] r = rows.get(i);
                int line = Integer.parseInt(r[0]);
                if (r.length < 3) {
                    throw CarveException.badInput(file + ":" + line + ": expected 'class,partition', got '"
                            + String.join(",", java.util.Arrays.copyOfRange(r, 1, r.length)) + "'.");
                }
                moduleOf.put(graphName(r[1].strip()), r[2].strip());
            }
        } else {
            readJson(file, moduleOf);
        }
        if (moduleOf.isEmpty()) {
            throw CarveException.badInput(
                    file + ": holds no class. Expected a partition (see docs/formats/partitions.md).");
        }
        return Decomposition.ofAssignment(moduleOf);
    }

    /** A reference decomposition (RSF, or one of the CSV shapes). */
    public static Reference readReference(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".rsf")) {
            return new Reference(file.toString(), readRsf(file));
        }
        List<String[]> rows = csv(file);
        if (rows.isEmpty()) {
            throw CarveException.badInput(file + ": empty. Expected 'class,service' rows or an RSF file.");
        }
        List<String> head = new ArrayList<>();
        for (int i = 1; i < rows.get(0).length; i++) {
            head.add(rows.get(0)[i].strip().toLowerCase(Locale.ROOT));
        }
        int entity = 0;
        int service = 1;
        int type = -1;
        int start = 0;
        if (head.contains("reference decomposition")) {
            entity = head.contains("class full name")
                    ? head.indexOf("class full name")
                    : Math.max(0, head.indexOf("method full name"));
            service = head.indexOf("reference decomposition");
            start = 1;
        } else if (!head.isEmpty() && head.get(0).equals("components") && head.contains("label")) {
            service = head.indexOf("label");
            type = head.indexOf("type");
            start = 1;
        } else if (!head.isEmpty() && isHeader(head.get(0))) {
            start = 1;
        }
        List<Reference.Row> out = new ArrayList<>();
        for (int i = start; i < rows.size(); i++) {
            String[] r = rows.get(i);
            int line = Integer.parseInt(r[0]);
            if (r.length - 1 <= Math.max(entity, service)) {
                continue;
            }
            if (type >= 0 && !r[type + 1].strip().equalsIgnoreCase("class")) {
                continue;
            }
            out.add(Reference.Row.of(graphName(r[entity + 1].strip()), r[service + 1].strip(), line));
        }
        if (out.isEmpty()) {
            throw CarveException.badInput(file + ": no class rows found. Expected 'class,service' rows.");
        }
        return new Reference(file.toString(), out);
    }

    /** Mono2Micro's {@code Outer::Inner} to the graph's {@code Outer$Inner}. */
    public static String graphName(String name) {
        return name.replace("::", "$");
    }

    private static boolean isHeader(String first) {
        String f = first.strip().toLowerCase(Locale.ROOT);
        return f.equals("class")
                || f.equals("classes")
                || f.equals("component")
                || f.equals("components")
                || f.equals("name")
                || f.equals("entity");
    }

    private static List<Reference.Row> readRsf(Path file) {
        List<Reference.Row> out = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).strip().split("\\s+");
            if (f.length == 1 && f[0].isEmpty()) {
                continue;
            }
            if (f.length < 3 || !f[0].equals("contain")) {
                throw CarveException.badInput(file + ":" + (i + 1) + ": expected 'contain <module> <class>', got '"
                        + lines.get(i).strip() + "'.");
            }
            out.add(Reference.Row.of(graphName(f[2]), f[1], i + 1));
        }
        return out;
    }

    private static void put(Map<String, String> moduleOf, String cls, String module, Path file, int line) {
        String before = moduleOf.putIfAbsent(cls, module);
        if (before != null && !before.equals(module)) {
            throw CarveException.badInput(file + ":" + line + ": class '" + cls + "' is in two partitions (" + before
                    + ", " + module + "). List each class once.");
        }
    }

    /** CSV rows, each prefixed with its 1-based line number as element 0; blank rows skipped. */
    private static List<String[]> csv(Path file) {
        List<String> lines = lines(file);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line =
                    i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(i + 1));
            cells.addAll(splitCsv(line));
            out.add(cells.toArray(String[]::new));
        }
        return out;
    }

    private static List<String> splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CarveException.badInput(file + ": no such file. Check the path.");
        } catch (IOException e) {
            throw CarveException.badInput(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static void readJson(Path file, Map<String, String> moduleOf) {
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw CarveException.badInput(file + ":1: the top level must be a JSON object, class -> partition"
                        + " or partition -> [classes].");
            }
            readObject(p, file, moduleOf, true);
        } catch (NoSuchFileException e) {
            throw CarveException.badInput(file + ": no such file. Check the path.");
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw CarveException.badInput(file + ":" + line + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw CarveException.badInput(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static void readObject(JsonParser p, Path file, Map<String, String> moduleOf, boolean top)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int line = p.currentTokenLocation().getLineNr();
            JsonToken value = p.nextToken();
            if (top && key.equals("partitions") && value == JsonToken.START_OBJECT) {
                readObject(p, file, moduleOf, false);
            } else if (value == JsonToken.START_ARRAY) {
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t != JsonToken.VALUE_STRING) {
                        throw CarveException.badInput(
                                file + ":" + p.currentTokenLocation().getLineNr() + ": key '" + key
                                        + "': members must be class names (strings).");
                    }
                    put(
                            moduleOf,
                            graphName(p.getText()),
                            key,
                            file,
                            p.currentTokenLocation().getLineNr());
                }
            } else if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                put(moduleOf, graphName(key), p.getText(), file, line);
            } else {
                throw CarveException.badInput(
                        file + ":" + line + ": key '" + key + "': expected a partition label or a list of classes.");
            }
        }
    }
}
