package dev.carve.analyzer.build;

/** How the analyzed input is organised. */
public enum BuildTool {
    MAVEN,
    GRADLE,
    /** A directory of sources with no build file Carve understands. */
    SOURCE_TREE,
    /** Compiled classes or jar/war/ear archives only. */
    BINARIES
}
