package dev.carve.analyzer.model;

/** Whether code reads or writes a table. */
public enum AccessKind {
    READ,
    WRITE
}
