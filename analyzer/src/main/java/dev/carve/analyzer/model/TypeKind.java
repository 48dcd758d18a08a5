package dev.carve.analyzer.model;

/** The kind of a Java type, as jQAssistant labels it (:Class, :Interface, :Enum, :Record, :Annotation). */
public enum TypeKind {
    CLASS,
    INTERFACE,
    ENUM,
    RECORD,
    ANNOTATION
}
