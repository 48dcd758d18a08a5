/**
 * Suggests module boundaries: builds a weighted class graph from every signal present (one {@link
 * dev.carve.analyzer.cluster.SignalSource} per signal), clusters it with Leiden over a resolution sweep, and turns the
 * recommended candidate into a {@link dev.carve.analyzer.proposal.Proposal} with shared kernel, dead code, data
 * ownership, explanations, constraints and extraction order. Leiden and JGraphT types stay inside this package.
 */
package dev.carve.analyzer.cluster;
