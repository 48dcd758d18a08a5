package dev.carve.reports;

import dev.carve.analyzer.CarveException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The formats Carve renders a proposal to, each with its name on the command line and its file name. */
public enum ReportFormat {
    HTML("html", "carve-report.html", "interactive report, one self-contained file", HtmlReport::new),
    MARKDOWN("md", "carve-report.md", "summary for pull requests and wikis", MarkdownReport::new),
    JSON("json", "carve-report.json", "the report's data, for scripts and dashboards", JsonReport::new),
    C4("c4", "carve-workspace.dsl", "Structurizr DSL workspace (C4 container view)", StructurizrReport::new),
    PLANTUML("plantuml", "carve-modules.puml", "PlantUML component diagram", PlantUmlReport::new),
    CML("cml", "carve-context-map.cml", "Context Mapper bounded contexts and context map", ContextMapperReport::new),
    GRAPHML("graphml", "carve-modules.graphml", "GraphML for yEd and Gephi", GraphMlReport::new);

    private final String id;
    private final String fileName;
    private final String description;
    private final Supplier<ReportRenderer> renderer;

    ReportFormat(String id, String fileName, String description, Supplier<ReportRenderer> renderer) {
        this.id = id;
        this.fileName = fileName;
        this.description = description;
        this.renderer = renderer;
    }

    /** The name used on the command line ({@code html}, {@code md}, ...). */
    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String description() {
        return description;
    }

    public ReportRenderer renderer() {
        return renderer.get();
    }

    /**
     * Formats by name, comma-separated; {@code all} means every format.
     *
     * @throws CarveException bad input naming the unknown format and the known ones
     */
    public static Set<ReportFormat> parse(String names) {
        Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
        for (String raw : names.split(",")) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            if (name.equals("all")) {
                return EnumSet.allOf(ReportFormat.class);
            }
            out.add(Arrays.stream(values())
                    .filter(f -> f.id.equals(name))
                    .findFirst()
                    .orElseThrow(() -> CarveException.badInput(
                            "unknown report format '" + raw.trim() + "'. Use one of: " + ids() + ", or all.")));
        }
        if (out.isEmpty()) {
            throw CarveException.badInput("no report format given. Use one of: " + ids() + ", or all.");
        }
        return out;
    }

    /** The format names, comma-separated, for help and messages. */
    public static String ids() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }
}
