package dev.carve.analyzer;

import dev.carve.analyzer.build.ProjectLayout;
import dev.carve.analyzer.model.CodeGraph;

/**
 * Reads compiled classes and archives ({@link ProjectLayout#classRoots()}, {@link ProjectLayout#archives()}) into
 * graph facts; the jQAssistant-based bytecode scanner implements it. A broken archive becomes a
 * {@code BROKEN_ARCHIVE} problem in the result, never an exception.
 */
public interface BinaryReader {
    CodeGraph read(ProjectLayout layout, Progress progress);
}
