package dev.carve.cli.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.store.QueryResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How {@code carve query} prints rows: an aligned table, RFC 4180 CSV, or a JSON array of objects. */
enum ResultFormat {
    table {
        @Override
        String render(QueryResult result) {
            List<List<String>> cells = new ArrayList<>();
            cells.add(result.columns());
            result.rows()
                    .forEach(row ->
                            cells.add(row.stream().map(ResultFormat::text).toList()));
            int[] widths = new int[result.columns().size()];
            for (List<String> row : cells) {
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = Math.max(widths[i], row.get(i).length());
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < cells.size(); r++) {
                line(sb, cells.get(r), widths);
                if (r == 0) {
                    List<String> rule = new ArrayList<>();
                    for (int width : widths) {
                        rule.add("-".repeat(width));
                    }
                    line(sb, rule, widths);
                }
            }
            sb.append("(").append(result.rows().size()).append(result.rows().size() == 1 ? " row)" : " rows)");
            return sb.append('\n').toString();
        }

        private void line(StringBuilder sb, List<String> cells, int[] widths) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                line.append(cells.get(i))
                        .append(" ".repeat(widths[i] - cells.get(i).length()));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    },
    csv {
        @Override
        String render(QueryResult result) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.join(
                            ",",
                            result.columns().stream().map(ResultFormat::quote).toList()))
                    .append("\r\n");
            for (List<Object> row : result.rows()) {
                sb.append(String.join(",", row.stream().map(v -> quote(text(v))).toList()))
                        .append("\r\n");
            }
            return sb.toString();
        }
    },
    json {
        @Override
        String render(QueryResult result) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (List<Object> row : result.rows()) {
                Map<String, Object> object = new LinkedHashMap<>();
                for (int i = 0; i < result.columns().size(); i++) {
                    object.put(result.columns().get(i), row.get(i));
                }
                rows.add(object);
            }
            try {
                return new ObjectMapper()
                                .enable(SerializationFeature.INDENT_OUTPUT)
                                .writeValueAsString(rows) + "\n";
            } catch (JsonProcessingException e) {
                throw CarveException.internal("Cannot write the rows as JSON", e);
            }
        }
    };

    abstract String render(QueryResult result);

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return String.valueOf(d);
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            try {
                return new ObjectMapper().writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return value.toString();
            }
        }
        return value.toString();
    }

    static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
