/**
 * Scores a decomposition: Mono2Micro's runtime metrics (BCP, ICP, SM, IFN, NED, MQ, computed exactly as its published
 * code does, quirks included), modularity, static coupling and cohesion, table-ownership purity, and MoJo/MoJoFM
 * against a reference decomposition. Pure Java; no clustering library appears here.
 */
package dev.carve.analyzer.metrics;
