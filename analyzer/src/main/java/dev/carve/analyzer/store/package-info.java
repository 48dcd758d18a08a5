/**
 * Where the graph is persisted and queried: Neo4j embedded on disk ({@code file:}), in memory ({@code memory:}) or a
 * Neo4j server over Bolt ({@code bolt://}), chosen by URI. Neo4j types stay inside this package.
 */
package dev.carve.analyzer.store;
