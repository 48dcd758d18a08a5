package dev.carve.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --store}: where the graph lives, shared by every command that writes or reads it. A plain path means an
 * embedded Neo4j store on disk; {@code file:}, {@code memory:} and {@code bolt://} URIs pick the implementation.
 */
public final class StoreOptions {
    /** The workspace every command uses by default, relative to the current directory. */
    public static final String DEFAULT_STORE = ".carve/graph";

    @Option(
            names = "--store",
            paramLabel = "URI",
            defaultValue = DEFAULT_STORE,
            description = "Graph store: a directory or file:<dir> (embedded Neo4j), memory:, or bolt://host:7687."
                    + " Default: ${DEFAULT-VALUE}")
    String store;

    @Option(
            names = "--store-user",
            paramLabel = "USER",
            defaultValue = "neo4j",
            description = "User for a bolt:// store. Default: ${DEFAULT-VALUE}")
    String user;

    @Option(
            names = "--store-password",
            paramLabel = "PASSWORD",
            defaultValue = "${env:CARVE_STORE_PASSWORD}",
            description = "Password for a bolt:// store (or set CARVE_STORE_PASSWORD).")
    String password;

    /** The store as a URI: a bare path becomes an absolute, normalized {@code file:} URI. */
    public String uri() {
        if (store.startsWith("file:") || store.startsWith("memory:") || store.contains("://")) {
            return store;
        }
        return "file:" + Path.of(store).toAbsolutePath().normalize();
    }

    public String user() {
        return user;
    }

    public String password() {
        return password == null ? "" : password;
    }

    /** The directory a {@code file:} store lives in, where outputs that sit "next to the store" go. */
    public Path workspace() {
        String uri = uri();
        if (uri.startsWith("file:")) {
            return Path.of(uri.substring("file:".length()))
                    .toAbsolutePath()
                    .normalize()
                    .getParent();
        }
        return Path.of(".carve").toAbsolutePath().normalize();
    }
}
