package dev.carve.extractor.cdc;

import java.util.List;
import java.util.Map;

/**
 * One row change in target terms: an upsert of the given target columns, or a delete by key. {@code partial} marks
 * an update whose unchanged TOAST values were not sent (only the given columns are set).
 */
record Change(TableMapping table, Kind kind, List<Object> key, Map<String, Object> values) {
    enum Kind {
        UPSERT,
        PARTIAL_UPDATE,
        DELETE
    }
}
