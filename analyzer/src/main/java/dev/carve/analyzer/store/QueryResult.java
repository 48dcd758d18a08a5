package dev.carve.analyzer.store;

import java.util.List;

/** Rows of a query, values converted to plain Java types (String, Long, Double, Boolean, List, Map, null). */
public record QueryResult(List<String> columns, List<List<Object>> rows) {
    public QueryResult {
        columns = List.copyOf(columns);
        rows = rows.stream()
                .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                .toList();
    }
}
