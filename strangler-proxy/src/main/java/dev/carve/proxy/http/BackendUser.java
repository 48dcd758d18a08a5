package dev.carve.proxy.http;

import io.netty.handler.codec.http.HttpObject;

/**
 * What uses a backend connection for one request: a client's exchange or a mirrored request. Every call happens on
 * the connection's event loop.
 */
interface BackendUser {
    /** A connection is ready and attached to this user. */
    void connected(BackendConnection connection);

    /** No connection could be made (or none became free in time). */
    void connectFailed(Throwable cause, FailureKind kind);

    /** A decoded part of the response; ownership passes to the user. */
    void response(HttpObject msg);

    /** The backend's read batch ended: time to flush what was relayed. */
    void responseReadComplete();

    /** The backend's outbound buffer crossed a water mark. */
    void backendWritable(boolean writable);

    /** The attached connection closed, reset or timed out; it is already detached. */
    void backendFailed(Throwable cause, FailureKind kind);

    /** Why a backend could not be used. */
    enum FailureKind {
        CONNECT,
        TIMEOUT,
        RESET,
        POOL;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
