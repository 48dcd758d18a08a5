package dev.carve.cli.demo;

import dev.carve.analyzer.proposal.Proposal;
import dev.carve.reports.ReportFormat;
import dev.carve.reports.Reports;
import java.nio.file.Path;
import java.util.EnumSet;

/** Writes the proposal's reports ({@code carve report}'s service) and returns the HTML one. */
final class ReportStep {
    private ReportStep() {}

    static Path write(Proposal proposal, Path dir) {
        return Reports.write(proposal, EnumSet.allOf(ReportFormat.class), dir).stream()
                .filter(w -> w.format() == ReportFormat.HTML)
                .map(Reports.Written::file)
                .findFirst()
                .orElse(dir);
    }
}
