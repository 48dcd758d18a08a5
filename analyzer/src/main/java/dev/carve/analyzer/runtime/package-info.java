/**
 * Readers of runtime traces (Carve's agent JSONL, OpenTelemetry OTLP JSON, Mono2Micro's published trace files) and
 * their merge into the static graph as runtime calls, business contexts and runtime table access.
 */
package dev.carve.analyzer.runtime;
