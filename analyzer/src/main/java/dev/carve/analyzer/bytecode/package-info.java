/**
 * The bytecode reader: compiled classes folders and jar/war/ear archives read with ASM into the same graph facts the
 * source reader produces (ADR 0004).
 */
package dev.carve.analyzer.bytecode;
