package dev.carve.analyzer.runtime;

import dev.carve.analyzer.model.CodeGraph;
import java.nio.file.Path;

/**
 * Reads one trace format into runtime facts: {@code RUNTIME_CALL} dependencies weighted by volume, business contexts,
 * runtime table accesses, and the problems met (corrupt lines with their line numbers). Class names are returned as
 * the trace spells them; matching them to the static graph is the merge's job.
 */
public interface TraceReader {

    /** A short name for messages and {@code --trace-format}: {@code carve}, {@code otlp}, {@code mono2micro}. */
    String format();

    /** Whether this reader understands the file or directory (by name and a look at its first bytes). */
    boolean accepts(Path input);

    /** Reads the traces; unreadable parts become problems in the result, never exceptions. */
    CodeGraph read(Path input);
}
