package dev.carve.analyzer;

import dev.carve.analyzer.build.ProjectLayout;
import dev.carve.analyzer.model.CodeGraph;
import java.util.Set;

/**
 * Reads compiled classes and archives ({@link ProjectLayout#classRoots()}, {@link ProjectLayout#archives()}) into
 * graph facts; {@code dev.carve.analyzer.bytecode.BytecodeReader} implements it. A broken archive becomes a
 * {@code BROKEN_ARCHIVE} problem in the result, never an exception.
 */
public interface BinaryReader {
    /**
     * Reads the layout's binaries.
     *
     * @param alreadyRead types the analysis read from sources already: their class files add nothing and are skipped
     */
    CodeGraph read(ProjectLayout layout, Set<String> alreadyRead, Progress progress);
}
