package dev.carve.analyzer.store;

import dev.carve.analyzer.CarveException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * A graph store opened with its Bolt connector on, for Neo4j Browser, cypher-shell or a {@code bolt://} store: auth
 * is always on, user {@code neo4j} with the given password or a generated one. Close it to stop serving.
 */
public final class BoltServer implements AutoCloseable {
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final EmbeddedNeo4j neo4j;
    private final String host;
    private final String password;
    private final GraphStore store;

    private BoltServer(EmbeddedNeo4j neo4j, String host, String password, String location) {
        this.neo4j = neo4j;
        this.host = host;
        this.password = password;
        this.store = new CypherGraphStore(neo4j, location);
    }

    /**
     * Serves the store at {@code uri} ({@code file:} or {@code memory:}) on {@code host:port}; port 0 asks the OS for a
     * free one; an empty password means "generate one".
     */
    public static BoltServer start(String uri, String host, int port, String password) {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw CarveException.badInput("The Bolt port must be between 0 and 65535, not " + port + ".");
        }
        String pass = password == null || password.isEmpty() ? generatePassword() : password;
        if (pass.length() < 8) {
            throw CarveException.badInput("The Bolt password must have at least 8 characters (Neo4j's rule).");
        }
        String location = GraphStores.normalize(uri);
        EmbeddedNeo4j.BoltAccess bolt = new EmbeddedNeo4j.BoltAccess(host, port, pass);
        EmbeddedNeo4j neo4j;
        if (location.startsWith("memory:")) {
            neo4j = EmbeddedNeo4j.temporary(bolt);
        } else if (location.startsWith("file:")) {
            Path dir = GraphStores.directoryOf(location);
            neo4j = EmbeddedNeo4j.open(dir, bolt);
        } else {
            throw CarveException.badInput(
                    "Only a file: or memory: store can be served over Bolt; " + location + " is already a server.");
        }
        return new BoltServer(neo4j, host, pass, location);
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The URI clients connect to, e.g. {@code bolt://127.0.0.1:7687}. */
    public String boltUri() {
        return "bolt://" + host + ":" + neo4j.boltPort();
    }

    public int port() {
        return neo4j.boltPort();
    }

    public String user() {
        return "neo4j";
    }

    public String password() {
        return password;
    }

    /** The served store itself, usable in this process while clients use Bolt. */
    public GraphStore store() {
        return store;
    }

    @Override
    public void close() {
        neo4j.close();
    }
}
