/**
 * The boundary proposal that {@code carve suggest} writes and reports, the extractor and {@code carve check} read: pure
 * records, plus {@link dev.carve.analyzer.proposal.ProposalJson} for the versioned {@code carve-proposal.json} (schema
 * in {@code docs/formats/carve-proposal.md}).
 */
package dev.carve.analyzer.proposal;
