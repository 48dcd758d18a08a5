/**
 * Carve's analyzer: reads a monolith (sources, bytecode, schema, runtime traces, git history) into one
 * {@link dev.carve.analyzer.model.CodeGraph}, stores it in Neo4j, and clusters it into boundary proposals.
 */
package dev.carve.analyzer;
