package dev.carve.analyzer.store;

import dev.carve.analyzer.CarveException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j embedded in this JVM, on a directory (the Neo4j home: {@code data/databases/neo4j} inside it, the layout
 * jQAssistant's embedded store uses too). Refuses a directory another process holds, naming that process when it
 * was Carve.
 */
final class EmbeddedNeo4j implements CypherSession {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    static final String OWNER_FILE = "carve-owner.txt";
    private static final String DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

    /** Whether and where to open Bolt; {@link #NONE} for a private store. */
    record BoltAccess(String host, int port, String password) {
        static final BoltAccess NONE = new BoltAccess("", -1, "");

        boolean enabled() {
            return port >= 0;
        }
    }

    static {
        // In the shaded CLI jar, Log4j's plugin cache no longer lists the rolling appender Neo4j's debug.log uses;
        // Log4j's status logger would then print errors on the user's terminal. Keep it quiet unless asked for.
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
    }

    private final Path home;
    private final boolean temporary;
    private final DatabaseManagementService dbms;
    private final GraphDatabaseService db;
    private final int boltPort;

    private EmbeddedNeo4j(Path home, boolean temporary, BoltAccess bolt) {
        this.home = home;
        this.temporary = temporary;
        this.dbms = start(home, bolt);
        try {
            this.db = dbms.database(DATABASE);
            if (bolt.enabled()) {
                setPassword(bolt.password());
            }
            this.boltPort = bolt.enabled() ? boundBoltPort() : -1;
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        if (!temporary) {
            writeOwner();
        }
    }

    /** Opens (creating when missing) the store in this directory. */
    static EmbeddedNeo4j open(Path dir, BoltAccess bolt) {
        Path home = dir.toAbsolutePath().normalize();
        if (Files.exists(home) && !Files.isDirectory(home)) {
            throw CarveException.badInput("The graph store " + home
                    + " is a file, not a directory. Pass --store with a directory (it is created when missing).");
        }
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw CarveException.badInput(
                    "Cannot create the graph store directory " + home + ": " + e.getMessage()
                            + ". Check the path and its permissions, or pass another --store.",
                    e);
        }
        return new EmbeddedNeo4j(home, false, bolt);
    }

    /** A store in a fresh temporary directory, deleted on close: what {@code memory:} means. */
    static EmbeddedNeo4j temporary() {
        return temporary(BoltAccess.NONE);
    }

    static EmbeddedNeo4j temporary(BoltAccess bolt) {
        try {
            Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            return new EmbeddedNeo4j(Files.createTempDirectory(tmp, "carve-graph-"), true, bolt);
        } catch (IOException e) {
            throw CarveException.internal("Cannot create a temporary directory for a memory: store", e);
        }
    }

    private static DatabaseManagementService start(Path home, BoltAccess bolt) {
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.auth_enabled, bolt.enabled())
                .setConfig(BoltConnector.enabled, bolt.enabled());
        if (bolt.enabled()) {
            builder.setConfig(BoltConnector.listen_address, new SocketAddress(bolt.host(), bolt.port()))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(bolt.host(), bolt.port()));
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            if (isLockFailure(e)) {
                throw lockedByAnotherProcess(home, e);
            }
            throw CarveException.internal("Neo4j could not start on " + home + ": " + rootMessage(e), e);
        }
    }

    static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.contains("FileLockException")
                    || name.contains("StoreLockException")
                    || message.contains("locked by another process")
                    || message.contains("Lock file has been locked")) {
                return true;
            }
        }
        return false;
    }

    private static CarveException lockedByAnotherProcess(Path home, Throwable cause) {
        String owner = readOwner(home);
        return CarveException.badInput(
                "The graph store " + home + " is in use by another process"
                        + (owner.isEmpty() ? "" : " (" + owner + ")")
                        + ". Wait for it to finish or stop it (e.g. a running 'carve graph serve'), or pass another"
                        + " --store. Nothing was changed.",
                cause);
    }

    private static String readOwner(Path home) {
        try {
            Path file = home.resolve(OWNER_FILE);
            return Files.isRegularFile(file)
                    ? Files.readString(file, StandardCharsets.UTF_8).strip()
                    : "";
        } catch (IOException e) {
            LOG.debug("cannot read {}", OWNER_FILE, e);
            return "";
        }
    }

    private void writeOwner() {
        ProcessHandle self = ProcessHandle.current();
        String command = self.info().commandLine().orElse("java");
        if (command.length() > 200) {
            command = command.substring(0, 200) + "...";
        }
        String text = "process " + self.pid() + " since " + Instant.now() + ": " + command + System.lineSeparator();
        try {
            Files.writeString(home.resolve(OWNER_FILE), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.debug("cannot write {}", OWNER_FILE, e);
        }
    }

    private void setPassword(String password) {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    private int boundBoltPort() {
        // the connector registers its bound address; port 0 asks the OS for a free one
        return ((org.neo4j.kernel.internal.GraphDatabaseAPI) db)
                .getDependencyResolver()
                .resolveDependency(org.neo4j.configuration.connectors.ConnectorPortRegister.class)
                .getLocalAddress(org.neo4j.configuration.connectors.ConnectorType.BOLT)
                .getPort();
    }

    int boltPort() {
        return boltPort;
    }

    Path home() {
        return home;
    }

    GraphDatabaseService database() {
        return db;
    }

    @Override
    public RowSink rowSink(int batchSize) {
        return new EmbeddedBulkWriter(db, RowSink.cypher(this, batchSize));
    }

    @Override
    public void write(String statement, Map<String, Object> parameters) {
        try {
            db.executeTransactionally(statement, parameters);
        } catch (RuntimeException e) {
            throw CarveException.internal("Writing to the graph store " + home + " failed: " + rootMessage(e), e);
        }
    }

    @Override
    public QueryResult run(String statement, Map<String, Object> parameters) {
        try {
            return execute(statement, parameters);
        } catch (RuntimeException e) {
            throw CarveException.internal("Reading the graph store " + home + " failed: " + rootMessage(e), e);
        }
    }

    @Override
    public QueryResult runUserQuery(String statement, Map<String, Object> parameters) {
        try {
            return execute(statement, parameters);
        } catch (QueryExecutionException e) {
            throw CarveException.badInput("The Cypher query failed: " + e.getMessage(), e);
        }
    }

    private QueryResult execute(String statement, Map<String, Object> parameters) {
        try (Transaction tx = db.beginTx()) {
            QueryResult result;
            try (Result rows = tx.execute(statement, parameters)) {
                List<String> columns = rows.columns();
                List<List<Object>> values = new ArrayList<>();
                while (rows.hasNext()) {
                    Map<String, Object> row = rows.next();
                    List<Object> plain = new ArrayList<>(columns.size());
                    for (String column : columns) {
                        plain.add(plainValue(row.get(column)));
                    }
                    values.add(plain);
                }
                result = new QueryResult(columns, values);
            }
            tx.commit();
            return result;
        }
    }

    private static Object plainValue(Object value) {
        if (value instanceof Node node) {
            List<String> labels = new ArrayList<>();
            for (Label label : node.getLabels()) {
                labels.add(label.name());
            }
            labels.sort(Comparator.naturalOrder());
            return PlainValues.entity("_labels", labels, node.getAllProperties());
        }
        if (value instanceof Relationship rel) {
            return PlainValues.entity("_type", rel.getType().name(), rel.getAllProperties());
        }
        if (value instanceof org.neo4j.graphdb.Path path) {
            List<Object> items = new ArrayList<>();
            for (Entity step : path) {
                items.add(plainValue(step));
            }
            return items;
        }
        if (value instanceof Entity entity) {
            return PlainValues.plain(entity.getAllProperties());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(EmbeddedNeo4j::plainValue).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(String.valueOf(k), plainValue(v)));
            return plain;
        }
        return PlainValues.plain(value);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : e.getMessage() + " (" + message + ")";
    }

    @Override
    public void close() {
        try {
            dbms.shutdown();
        } finally {
            if (temporary) {
                deleteRecursively(home);
            } else {
                try {
                    Files.deleteIfExists(home.resolve(OWNER_FILE));
                } catch (IOException e) {
                    LOG.debug("cannot delete {}", OWNER_FILE, e);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete the temporary graph store {}: {}", dir, e.getMessage());
        }
    }
}
