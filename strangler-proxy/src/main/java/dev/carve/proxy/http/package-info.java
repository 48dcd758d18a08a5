/**
 * The data plane: Netty server and client pipelines, the per-connection proxy state machine, backend connection
 * pools, header rewriting, upgrade tunnels, TLS, shadow mirroring over the wire, and the access log.
 */
package dev.carve.proxy.http;
