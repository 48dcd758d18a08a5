package dev.carve.cli.trace;

import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.runtime.RuntimeImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code carve trace show <traces...>}: what a trace holds, per business context, without a graph store. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = dev.carve.cli.VersionProvider.class,
        header = "Summarize trace files: business contexts with their classes and tables.",
        description = "Reads Carve JSONL, OTLP JSON or Mono2Micro traces (a file or a folder each) and prints one"
                + " line per business context; problems (corrupt lines, unparseable SQL) go to stderr.")
public final class TraceShowCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TRACES", arity = "1..*", description = "Trace files or folders.")
    List<Path> traces;

    @Override
    public Integer call() {
        CodeGraph graph = RuntimeImport.withAllFormats().read(traces);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "%d business contexts, %d classes, %d runtime call edges (volume %.0f), %d tables%n",
                graph.contexts().size(),
                graph.applicationTypes().count(),
                graph.dependencies(DependencyKind.RUNTIME_CALL).count(),
                graph.dependencies(DependencyKind.RUNTIME_CALL)
                        .mapToDouble(d -> d.weight())
                        .sum(),
                graph.tables().size());
        out.println();
        out.printf("%-50s %11s %7s  %s%n", "CONTEXT", "INVOCATIONS", "CLASSES", "TABLES (r read, w written)");
        graph.contexts().stream()
                .sorted(Comparator.comparing(BusinessContext::name))
                .forEach(c -> out.printf(
                        "%-50s %11d %7d  %s%n",
                        c.name(), c.invocations(), c.classes().size(), tables(c)));
        PrintWriter err = spec.commandLine().getErr();
        long corrupt = graph.problems().stream()
                .filter(p -> p.kind() == ProblemKind.CORRUPT_TRACE_LINE)
                .count();
        graph.problems().forEach(p -> err.println("carve: " + p));
        if (corrupt > 0) {
            err.println("carve: " + corrupt + " corrupt line(s) skipped");
        }
        out.flush();
        err.flush();
        return 0;
    }

    private static String tables(BusinessContext c) {
        TreeSet<String> all = new TreeSet<>();
        c.tablesRead().forEach(t -> all.add(t + (c.tablesWritten().contains(t) ? " rw" : " r")));
        c.tablesWritten().stream().filter(t -> !c.tablesRead().contains(t)).forEach(t -> all.add(t + " w"));
        return String.join(", ", all);
    }
}
