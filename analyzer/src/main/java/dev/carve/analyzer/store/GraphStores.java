package dev.carve.analyzer.store;

import dev.carve.analyzer.CarveException;
import java.net.URI;
import java.nio.file.Path;

/**
 * The one way to open a {@link GraphStore}: the URI picks the implementation.
 *
 * <ul>
 *   <li>{@code file:<dir>} (or a bare path): Neo4j embedded on disk, created when missing;
 *   <li>{@code memory:}: Neo4j embedded in a temporary directory deleted on close;
 *   <li>{@code bolt://host:7687} (also {@code neo4j://}, {@code bolt+s://}): a Neo4j server, with credentials.
 * </ul>
 */
public final class GraphStores {
    /** The workspace every command uses by default, relative to the current directory. */
    public static final String DEFAULT_STORE = ".carve/graph";

    private GraphStores() {}

    public static GraphStore open(String uri) {
        return open(uri, StoreCredentials.NONE);
    }

    public static GraphStore open(String uri, StoreCredentials credentials) {
        String location = normalize(uri);
        if (location.startsWith("memory:")) {
            return new CypherGraphStore(EmbeddedNeo4j.temporary(), location);
        }
        if (location.startsWith("file:")) {
            Path dir = directoryOf(location);
            return new CypherGraphStore(EmbeddedNeo4j.open(dir, EmbeddedNeo4j.BoltAccess.NONE), location);
        }
        return new CypherGraphStore(BoltSession.connect(location, credentials), location);
    }

    /**
     * The URI in canonical form: a bare path or a {@code file:} URI becomes {@code file:} with an absolute,
     * normalized path; {@code memory:} and server URIs are kept.
     */
    public static String normalize(String uri) {
        if (uri == null || uri.isBlank()) {
            throw CarveException.badInput(
                    "No graph store given. Pass --store with a directory, file:<dir>, memory: or bolt://host:7687.");
        }
        String u = uri.strip();
        if (u.equals("memory:") || u.startsWith("memory:")) {
            return "memory:";
        }
        if (u.startsWith("bolt://")
                || u.startsWith("bolt+s://")
                || u.startsWith("bolt+ssc://")
                || u.startsWith("neo4j://")
                || u.startsWith("neo4j+s://")
                || u.startsWith("neo4j+ssc://")) {
            return u;
        }
        if (u.contains("://") && !u.startsWith("file://")) {
            throw CarveException.badInput(
                    "Unknown graph store URI '" + uri + "'. Use a directory, file:<dir>, memory: or bolt://host:7687.");
        }
        String path = u.startsWith("file://") ? URI.create(u).getPath() : u.startsWith("file:") ? u.substring(5) : u;
        if (path.isBlank()) {
            throw CarveException.badInput("The graph store URI '" + uri + "' names no directory. Use file:<dir>.");
        }
        return "file:" + Path.of(path).toAbsolutePath().normalize();
    }

    /** The directory of a {@code file:} store URI (after {@link #normalize(String)}). */
    public static Path directoryOf(String uri) {
        String location = normalize(uri);
        if (!location.startsWith("file:")) {
            throw CarveException.badInput("The graph store '" + uri + "' is not a directory store (file:<dir>).");
        }
        return Path.of(location.substring("file:".length()));
    }
}
