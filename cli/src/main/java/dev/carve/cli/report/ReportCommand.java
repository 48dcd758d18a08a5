package dev.carve.cli.report;

import dev.carve.analyzer.proposal.Proposal;
import dev.carve.analyzer.proposal.ProposalJson;
import dev.carve.cli.StoreOptions;
import dev.carve.reports.ReportFormat;
import dev.carve.reports.Reports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carve report}: render carve-proposal.json as an interactive HTML report, Markdown, JSON and diagrams. */
@Command(
        name = "report",
        header = "Render the proposal as an HTML report, Markdown, JSON and diagrams.",
        description = {
            "Reads carve-proposal.json (written by 'carve suggest') and writes the reports into one directory: an"
                    + " interactive HTML report that works offline, a Markdown summary, the report data as JSON, a"
                    + " Structurizr DSL workspace (C4), a PlantUML diagram, a Context Mapper context map (CML) and"
                    + " GraphML for yEd or Gephi. Prints the files written.",
            "Docs: docs/reports.md."
        })
public final class ReportCommand implements Callable<Integer> {
    /** The directory next to the store the reports go to by default. */
    public static final String DEFAULT_DIR = "report";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(
            names = "--proposal",
            paramLabel = "FILE",
            description = "The proposal to render. Default: carve-proposal.json next to the store.")
    Path proposal;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "all",
            description =
                    "Comma-separated: html, md, json, c4, plantuml, cml, graphml, or all. Default: ${DEFAULT-VALUE}")
    String format;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Directory to write the reports to. Default: report/ next to the store.")
    Path out;

    @Override
    public Integer call() {
        var formats = ReportFormat.parse(format);
        Path source = proposal != null ? proposal : store.workspace().resolve(ProposalJson.FILE_NAME);
        Proposal p = ProposalJson.read(source);
        Path dir = (out != null ? out : store.workspace().resolve(DEFAULT_DIR))
                .toAbsolutePath()
                .normalize();
        List<Reports.Written> written = Reports.write(p, formats, dir);
        PrintWriter w = spec.commandLine().getOut();
        w.println("Reports of " + source + " (" + p.modules().size() + " modules, " + p.recommended() + ") written to "
                + dir + ":");
        for (Reports.Written r : written) {
            w.printf("  %-24s %s%n", r.file().getFileName(), r.format().description());
        }
        written.stream()
                .filter(r -> r.format() == ReportFormat.HTML)
                .findFirst()
                .ifPresent(r -> w.println("Open " + r.file().toUri() + " in a browser."));
        w.flush();
        return 0;
    }
}
