package dev.carve.analyzer.model;

/** Facts about a type that later steps branch on. */
public enum TypeFlag {
    ABSTRACT,
    /** A JPA {@code @Entity} (or {@code @Embeddable}/{@code @MappedSuperclass}). */
    ENTITY,
    /** Test code: kept in the graph for evidence, never clustered. */
    TEST,
    /** Generated code (annotation processors, build-generated sources). */
    GENERATED,
    /** Not part of the analyzed application (a library type that application code refers to). */
    EXTERNAL,
    /** Referenced but not resolvable: kept so references to it are counted, never dropped. */
    UNRESOLVED,
    /** Seen only at runtime (in a trace) and not in the static graph. */
    RUNTIME_ONLY
}
