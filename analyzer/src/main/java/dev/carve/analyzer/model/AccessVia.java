package dev.carve.analyzer.model;

/** The mechanism through which code touches a table. */
public enum AccessVia {
    JPA_ENTITY,
    JPA_REPOSITORY,
    JPQL,
    NATIVE_SQL,
    JDBC_TEMPLATE,
    MYBATIS,
    RUNTIME
}
