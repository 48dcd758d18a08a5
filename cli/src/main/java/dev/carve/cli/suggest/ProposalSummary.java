package dev.carve.cli.suggest;

import dev.carve.analyzer.proposal.Candidate;
import dev.carve.analyzer.proposal.ExtractionStep;
import dev.carve.analyzer.proposal.Metrics;
import dev.carve.analyzer.proposal.Module;
import dev.carve.analyzer.proposal.Proposal;
import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/** The human summary of a proposal on stdout: modules, metrics, candidates, extraction order. */
final class ProposalSummary {
    private ProposalSummary() {}

    static void print(Proposal p, PrintWriter out) {
        out.printf(
                "%d modules recommended (%s) from %d classes; layout %s; signals: %s%n",
                p.modules().size(),
                p.recommended(),
                p.source().classes(),
                p.source().packageLayout(),
                p.source().signals().stream()
                        .map(s -> s.name() + "×" + s.weight())
                        .collect(Collectors.joining(", ")));
        out.println();
        out.println("| module | classes | keywords | tables | verdict |");
        out.println("|---|---|---|---|---|");
        for (Module m : p.modules()) {
            out.printf(
                    "| %s | %d | %s | %d | %s%s |%n",
                    m.name(),
                    m.size(),
                    String.join(" ", m.keywords().stream().limit(3).toList()),
                    m.ownedTables().size(),
                    m.rightSizing() == null ? "" : m.rightSizing().verdict(),
                    m.rightSizing() != null && !m.rightSizing().mergeWith().isEmpty()
                            ? " " + m.rightSizing().mergeWith()
                            : "");
        }
        if (!p.sharedKernel().isEmpty()) {
            out.println("Shared kernel: " + p.sharedKernel().size() + " classes");
        }
        if (!p.deadCode().isEmpty()) {
            out.println("Dead code: " + p.deadCode().size() + " classes");
        }
        out.println();
        out.println("Metrics: " + render(p.metrics()));
        out.println();
        out.println("| candidate | modules | objective | metrics |");
        out.println("|---|---|---|---|");
        for (Candidate c : p.candidates()) {
            out.printf(
                    "| %s%s | %d | %.3f | %s |%n",
                    c.id(),
                    c.recommended() ? " (recommended)" : "",
                    c.moduleCount(),
                    c.objective(),
                    render(c.metrics()));
        }
        out.println();
        out.println("Extraction order (easiest first):");
        for (ExtractionStep s : p.extractionOrder()) {
            out.printf(
                    "  %d. %s (difficulty %.2f, %d cuts)%s%n",
                    s.rank(),
                    s.module(),
                    s.difficulty(),
                    s.cuts().size(),
                    s.cuts().isEmpty() ? "" : ": " + s.cuts().get(0).text());
        }
        p.notes().forEach(n -> out.println("Note: " + n));
        out.flush();
    }

    static String render(Metrics m) {
        return m.values().entrySet().stream()
                .map((Map.Entry<String, Double> e) -> e.getKey() + " " + fmt(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static String fmt(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
