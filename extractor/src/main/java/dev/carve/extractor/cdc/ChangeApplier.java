package dev.carve.extractor.cdc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies each batch of Debezium change events to the written database in one transaction, together with the
 * source position of the batch's last event. A crash before the commit loses the whole batch (the engine re-reads
 * it from that position); a crash after it has the position to prove the batch is in. Transactions written by the
 * opposite direction of a reverse sync (recognised by their marker row) are skipped, so nothing echoes back.
 */
final class ChangeApplier implements DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>> {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeApplier.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Direction direction;
    private final SyncStats stats;
    private final RowWriter writer = new RowWriter();
    private final RecordMapper mapper;
    private Connection conn;
    private long markerTxId = -1;

    ChangeApplier(Direction direction, SyncStats stats) {
        this.direction = direction;
        this.stats = stats;
        this.mapper = new RecordMapper(direction);
    }

    @Override
    public void handleBatch(
            List<RecordChangeEvent<SourceRecord>> records,
            DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer)
            throws InterruptedException {
        try {
            apply(records);
        } catch (SQLException e) {
            fail("could not write to " + direction.writeTo().describe() + ": " + e.getMessage(), e);
        } catch (SyncException e) {
            fail(e.getMessage(), e);
        }
        for (RecordChangeEvent<SourceRecord> r : records) {
            committer.markProcessed(r);
        }
        committer.markBatchFinished();
    }

    private void apply(List<RecordChangeEvent<SourceRecord>> records) throws SQLException {
        Connection c = connection();
        List<Change> changes = new ArrayList<>(records.size());
        List<Long> sourceTimes = new ArrayList<>();
        Map<String, ?> lastOffset = null;
        Long lastTs = null;
        Long lastLsn = null;
        int suppressed = 0;
        for (RecordChangeEvent<SourceRecord> event : records) {
            SourceRecord r = event.record();
            lastOffset = r.sourceOffset();
            if (!(r.value() instanceof Struct value)) {
                continue; // tombstone: the delete before it did the work
            }
            if (value.schema().field("source") == null) {
                continue; // a heartbeat: no row, only a newer position (see SyncEngine.HEARTBEAT_MS)
            }
            Struct source = value.getStruct("source");
            String op = value.getString("op");
            long txId = source.getInt64("txId") == null ? -2 : source.getInt64("txId");
            lastTs = source.getInt64("ts_ms");
            lastLsn = source.getInt64("lsn");
            if (RecordMapper.MARKER.equals(source.getString("schema") + "." + source.getString("table"))) {
                if (!"r".equals(op)) {
                    markerTxId = txId; // the rest of this transaction was written by the other direction
                }
                continue;
            }
            if (txId == markerTxId) {
                suppressed++;
                continue;
            }
            Change change = mapper.toChange(r, value, c);
            if (change != null) {
                changes.add(change);
                if (!"r".equals(op)) {
                    sourceTimes.add(lastTs);
                }
            }
        }
        if (lastOffset == null) {
            return;
        }
        if (direction.writeMarker() && !changes.isEmpty()) {
            // only transactions with rows need the tag; a marker in a position-only commit would itself be
            // streamed to the other direction, whose commit would tag the next one: a ping-pong of empty commits
            try (PreparedStatement s = c.prepareStatement(Sql.get("write_marker"))) {
                s.setString(1, direction.key());
                s.executeUpdate();
            }
        }
        writer.write(c, changes);
        writeOffset(c, lastOffset, changes.size(), lastTs, lastLsn);
        c.commit();
        long now = System.currentTimeMillis();
        for (Long ts : sourceTimes) {
            stats.lag(Math.max(0, now - ts));
        }
        stats.applied(changes.size(), lastLsn == null ? 0 : lastLsn);
        stats.suppressed(suppressed);
    }

    private void writeOffset(Connection c, Map<String, ?> offset, int count, Long ts, Long lsn) throws SQLException {
        String json;
        try {
            json = JSON.writeValueAsString(offset);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw SyncException.failed("could not serialise the source position " + offset, e);
        }
        try (PreparedStatement s = c.prepareStatement(Sql.get("write_offset"))) {
            s.setString(1, direction.key());
            s.setString(2, direction.name());
            s.setString(3, json);
            s.setLong(4, count);
            s.setObject(5, ts);
            s.setObject(6, lsn);
            s.executeUpdate();
        }
    }

    private Connection connection() throws SQLException {
        if (conn == null || conn.isClosed()) {
            conn = direction.writeTo().connect("target", Duration.ofSeconds(30));
            conn.setAutoCommit(false);
        }
        return conn;
    }

    private void fail(String message, Exception cause) {
        stats.error(message);
        LOG.error("sync {} stopped: {}", direction.key(), message);
        try {
            if (conn != null) {
                conn.rollback();
                conn.close();
            }
        } catch (SQLException ignored) {
            // the connection is broken anyway; the failure below is what matters
        }
        conn = null;
        recordError(message);
        throw cause instanceof SyncException s ? s : SyncException.failed(message, cause);
    }

    private void recordError(String message) {
        try (Connection c = direction.writeTo().open();
                PreparedStatement s = c.prepareStatement(Sql.get("write_error"))) {
            s.setString(1, direction.key());
            s.setString(2, direction.name());
            s.setString(3, message);
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("could not record the error in {}: {}", direction.writeTo().describe(), e.getMessage());
        }
    }

    void close() {
        try {
            if (conn != null) {
                conn.close();
            }
        } catch (SQLException ignored) {
            // closing after the engine stopped; nothing is pending
        }
    }

    /** Test seam: the tables as currently mapped (after additive schema changes). */
    Map<String, TableMapping> mappings() {
        return new HashMap<>(mapper.mappings());
    }
}
