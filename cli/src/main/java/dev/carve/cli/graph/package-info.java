/** Commands that read the graph store directly: {@code carve query} and {@code carve graph serve}. */
package dev.carve.cli.graph;
