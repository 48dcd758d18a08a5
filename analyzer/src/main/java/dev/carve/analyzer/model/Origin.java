package dev.carve.analyzer.model;

/** Which reader contributed a fact; a node seen by several readers carries several origins. */
public enum Origin {
    SOURCE,
    BYTECODE,
    SCHEMA,
    RUNTIME,
    GIT
}
