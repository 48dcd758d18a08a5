/** {@code carve trace}: run a JVM command or the sample monolith with the Carve agent attached, and show traces. */
package dev.carve.cli.trace;
