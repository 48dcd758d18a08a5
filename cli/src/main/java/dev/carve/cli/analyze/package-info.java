/** {@code carve analyze}: reads a monolith into the graph store and prints what was found. */
package dev.carve.cli.analyze;
