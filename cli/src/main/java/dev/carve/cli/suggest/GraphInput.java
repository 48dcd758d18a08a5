package dev.carve.cli.suggest;

import dev.carve.analyzer.Analysis;
import dev.carve.analyzer.AnalysisOptions;
import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.Progress;
import dev.carve.analyzer.bytecode.BytecodeReader;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.runtime.RuntimeImport;
import dev.carve.cli.StoreOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where the boundary commands get their graph: the store (default), or, without a store, sources analyzed in memory
 * ({@code --source}) and/or trace files ({@code --traces}).
 */
public final class GraphInput {
    @Option(
            names = "--source",
            paramLabel = "DIR",
            description = "Analyze this monolith (sources, jars) in memory instead of reading the store.")
    Path source;

    @Option(
            names = "--traces",
            paramLabel = "PATH",
            split = ",",
            description = "Trace files or folders (Carve JSONL, OTLP JSON, Mono2Micro); alone they make a"
                    + " traces-only graph.")
    List<Path> traces;

    boolean given() {
        return source != null || (traces != null && !traces.isEmpty());
    }

    /** A label for the proposal's source field. */
    String describe(StoreOptions store) {
        if (source != null) {
            return source.toAbsolutePath().normalize().toString();
        }
        if (traces != null && !traces.isEmpty()) {
            return traces.get(0).toAbsolutePath().normalize().toString();
        }
        return store.uri();
    }

    CodeGraph load(StoreOptions store, Progress progress) {
        boolean hasTraces = traces != null && !traces.isEmpty();
        if (hasTraces) {
            for (Path t : traces) {
                if (!Files.exists(t)) {
                    throw CarveException.badInput(t + ": no such trace file or folder.");
                }
            }
        }
        if (source != null) {
            if (!Files.isDirectory(source) && !Files.isRegularFile(source)) {
                throw CarveException.badInput(source + ": no such directory or file to analyze.");
            }
            List<Analysis.GraphContributor> contributors =
                    hasTraces ? List.of(RuntimeImport.withAllFormats().contributor(traces)) : List.of();
            return new Analysis(AnalysisOptions.defaults(), List.of(new BytecodeReader()), contributors)
                    .analyze(source, progress)
                    .graph();
        }
        if (hasTraces) {
            return RuntimeImport.withAllFormats().tracesOnly(traces);
        }
        return StoreGraph.load(store);
    }
}
