/**
 * {@code carve demo}: Carve's whole job end to end on the sample monolith (trace, analyze, suggest, extract, move
 * traffic and data, verify), with a live progress line, a zero-loss summary and cleanup of everything it started.
 */
package dev.carve.cli.demo;
