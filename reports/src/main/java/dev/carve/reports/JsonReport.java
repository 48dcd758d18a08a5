package dev.carve.reports;

import dev.carve.analyzer.proposal.Proposal;

/** The report's data as JSON (the proposal plus the report's derived views), for scripts and dashboards. */
final class JsonReport implements ReportRenderer {
    @Override
    public String render(Proposal proposal) {
        return ReportData.pretty(ReportData.of(proposal));
    }
}
