package dev.carve.extractor.cdc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.storage.OffsetBackingStore;
import org.apache.kafka.connect.util.Callback;

/**
 * Debezium's offset store, read from the target database. The position is written by {@link ChangeApplier} in the
 * same transaction as the rows it covers, so this store only reads it on start; the engine's own writes are
 * ignored (they would come after the rows' commit, and a crash between the two must not matter).
 */
public final class TargetOffsetStore implements OffsetBackingStore {
    static final String URL = "carve.offsets.url";
    static final String USER = "carve.offsets.user";
    static final String PASSWORD = "carve.offsets.password";
    static final String KEY = "carve.offsets.key";

    private Endpoint endpoint;
    private String key;
    private Connection conn;

    @Override
    public void configure(WorkerConfig config) {
        Map<String, Object> props = config.originals();
        endpoint = Endpoint.of(
                String.valueOf(props.get(URL)), String.valueOf(props.get(USER)), String.valueOf(props.get(PASSWORD)));
        key = String.valueOf(props.get(KEY));
    }

    @Override
    public void start() {
        // the connection is opened on the first read
    }

    @Override
    public synchronized void stop() {
        closeQuietly();
    }

    /**
     * The engine reads the position on start and again after every batch (to confirm it to the source's slot), so
     * one connection is kept for those reads; a broken one is replaced once.
     */
    @Override
    public synchronized Future<Map<ByteBuffer, ByteBuffer>> get(Collection<ByteBuffer> keys) {
        String json;
        try {
            json = read(connection(), key);
        } catch (SQLException first) {
            closeQuietly();
            try {
                json = read(connection(), key);
            } catch (SQLException e) {
                throw SyncException.failed("could not read the sync position from " + endpoint.describe(), e);
            }
        }
        Map<ByteBuffer, ByteBuffer> out = new HashMap<>();
        if (json != null) {
            // one connector, one partition: whatever key the engine asks for, this sync's position is the answer
            for (ByteBuffer k : keys) {
                out.put(k, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)));
            }
        }
        return CompletableFuture.completedFuture(out);
    }

    private Connection connection() throws SQLException {
        if (conn == null) {
            conn = endpoint.open();
        }
        return conn;
    }

    private void closeQuietly() {
        if (conn != null) {
            try {
                conn.close();
            } catch (SQLException ignored) {
                // already broken
            }
            conn = null;
        }
    }

    private static String read(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(Sql.get("read_offset"))) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    public Future<Void> set(Map<ByteBuffer, ByteBuffer> values, Callback<Void> callback) {
        if (callback != null) {
            callback.onCompletion(null, null);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public Set<Map<String, Object>> connectorPartitions(String connectorName) {
        return Set.of();
    }
}
