package dev.carve.reports;

import dev.carve.analyzer.proposal.Proposal;

/**
 * Renders a boundary proposal into one document of one format. Implementations are pure: the same proposal gives
 * the same text, byte for byte, so their output can be compared against golden files.
 */
public interface ReportRenderer {
    /** The whole document. */
    String render(Proposal proposal);
}
