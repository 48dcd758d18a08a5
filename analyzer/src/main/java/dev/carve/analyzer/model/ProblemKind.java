package dev.carve.analyzer.model;

/** The kinds of trouble an analysis meets and reports instead of failing. */
public enum ProblemKind {
    PARSE_ERROR,
    UNRESOLVED_TYPE,
    UNSUPPORTED_SQL,
    BROKEN_ARCHIVE,
    CORRUPT_TRACE_LINE,
    UNKNOWN_TRACE_CLASS,
    UNREADABLE_FILE,
    CONFIGURATION
}
