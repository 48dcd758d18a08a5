package dev.carve.extractor.cdc;

import java.util.List;

/** What {@code carve sync verify} found, table by table; {@link #clean()} when nothing is missing, extra or different. */
public record VerifyReport(List<TableResult> tables, boolean repaired) {
    public VerifyReport {
        tables = List.copyOf(tables);
    }

    /** One table: row counts, chunks compared, and the keys (up to {@link Verifier#MAX_KEYS} each) that differ. */
    public record TableResult(
            String source,
            String target,
            long sourceRows,
            long targetRows,
            int chunks,
            int chunksDiffering,
            long missing,
            long extra,
            long different,
            List<String> missingKeys,
            List<String> extraKeys,
            List<String> differentKeys) {
        public TableResult {
            missingKeys = List.copyOf(missingKeys);
            extraKeys = List.copyOf(extraKeys);
            differentKeys = List.copyOf(differentKeys);
        }
    }

    /** Rows in the source that the target lacks. */
    public long missing() {
        return tables.stream().mapToLong(TableResult::missing).sum();
    }

    /** Rows in the target that the source lacks. */
    public long extra() {
        return tables.stream().mapToLong(TableResult::extra).sum();
    }

    /** Rows present on both sides with different values. */
    public long different() {
        return tables.stream().mapToLong(TableResult::different).sum();
    }

    public boolean clean() {
        return missing() == 0 && extra() == 0 && different() == 0;
    }
}
