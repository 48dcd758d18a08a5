/**
 * The proxy's metrics: lock-free counters and fixed-bucket latency histograms recorded on the data plane, and the
 * Prometheus text exposition the admin API serves. Written by hand so recording costs a few adder increments.
 */
package dev.carve.proxy.metrics;
