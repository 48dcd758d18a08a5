package dev.carve.extractor.cdc;

import java.util.List;

/**
 * One direction of a sync: read changes from one database through its slot and publication, write them to the
 * other. A forward-only sync has one; a reverse sync adds the mirror image, and both then write a marker row so the
 * other side can skip their transactions.
 */
record Direction(
        String name,
        String key,
        Endpoint readFrom,
        Endpoint writeTo,
        List<TableMapping> tables,
        String slot,
        boolean writeMarker,
        boolean readMarker) {

    Direction {
        tables = List.copyOf(tables);
    }

    /** Debezium's topic prefix (and logical server name) of this direction. */
    String topicPrefix() {
        return key;
    }
}
