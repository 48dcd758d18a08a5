package dev.carve.analyzer.store;

import java.util.Objects;

/** User and password for a {@code bolt://} store; ignored by {@code file:} and {@code memory:} stores. */
public record StoreCredentials(String user, String password) {
    /** No credentials: fine for embedded stores. */
    public static final StoreCredentials NONE = new StoreCredentials("neo4j", "");

    public StoreCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "StoreCredentials[user=" + user + ", password=" + (password.isEmpty() ? "" : "***") + "]";
    }
}
