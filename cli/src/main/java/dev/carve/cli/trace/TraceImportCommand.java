package dev.carve.cli.trace;

import dev.carve.analyzer.runtime.RuntimeImport;
import dev.carve.analyzer.store.GraphStore;
import dev.carve.analyzer.store.GraphStores;
import dev.carve.analyzer.store.StoreCredentials;
import dev.carve.cli.StoreOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code carve trace import <traces...>}: merges traces into the graph in the store, replacing earlier runtime facts. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = dev.carve.cli.VersionProvider.class,
        header = "Merge runtime traces into the graph store (again and again: each import replaces the last).",
        description = "Reads Carve JSONL, OTLP JSON or Mono2Micro traces and merges them into the graph 'carve analyze'"
                + " stored: runtime calls with volumes, business contexts per entry point, runtime table access."
                + " Runtime facts from an earlier import are replaced, not added to. With an empty store the traces"
                + " alone make the graph.")
public final class TraceImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TRACES", arity = "1..*", description = "Trace files or folders.")
    List<Path> traces;

    @Override
    public Integer call() {
        RuntimeImport.Summary s;
        try (GraphStore graph = GraphStores.open(store.uri(), new StoreCredentials(store.user(), store.password()))) {
            s = RuntimeImport.withAllFormats().importInto(graph, traces);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "imported %d runtime call edges (volume %.0f) and %d business contexts into %s%n",
                s.callEdges(), s.callVolume(), s.contexts(), store.uri());
        out.printf(
                "trace classes: %d matched static types, %d runtime-only, %d ambiguous; entry points matched: %d;"
                        + " corrupt lines skipped: %d%n",
                s.resolvedTypes(), s.unknownTypes(), s.ambiguousTypes(), s.matchedEntryPoints(), s.corruptLines());
        out.flush();
        return 0;
    }
}
