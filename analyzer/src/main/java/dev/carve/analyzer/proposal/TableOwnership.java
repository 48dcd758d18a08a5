package dev.carve.analyzer.proposal;

import java.util.List;

/**
 * Who owns a table and who else touches it.
 *
 * @param table the table
 * @param owner the owning module (the module that writes it most; the one that reads it most when nobody writes it),
 *     or empty when no module touches it
 * @param writers modules that write it, with their classes
 * @param readers modules that only read it, with their classes
 * @param shared whether modules other than the owner touch it
 * @param resolution how the others should reach the data once the owner is extracted: {@code none}, {@code api},
 *     {@code event} or {@code cdc-replication}
 * @param reason why that resolution
 */
public record TableOwnership(
        String table,
        String owner,
        List<Access> writers,
        List<Access> readers,
        boolean shared,
        String resolution,
        String reason) {

    public static final String NONE = "none";
    public static final String API = "api";
    public static final String EVENT = "event";
    public static final String CDC_REPLICATION = "cdc-replication";

    public TableOwnership {
        owner = Lists.text(owner);
        writers = Lists.copy(writers);
        readers = Lists.copy(readers);
        resolution = Lists.text(resolution);
        reason = Lists.text(reason);
    }

    /**
     * One module's access to the table.
     *
     * @param module the module
     * @param classes its classes that touch the table
     */
    public record Access(String module, List<String> classes) {
        public Access {
            classes = Lists.copy(classes);
        }
    }
}
