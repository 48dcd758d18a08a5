package dev.carve.analyzer.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A Java type of the analyzed application.
 *
 * @param name binary-style fully qualified name, nested types joined with {@code $} ({@code com.acme.Order$Line})
 * @param kind class, interface, enum, record or annotation
 * @param origins the readers that saw it
 * @param location where it is declared
 * @param linesOfCode non-blank, non-comment lines for sources; 0 when unknown (bytecode, traces)
 * @param annotations fully qualified names of the annotations on the type
 * @param flags facts later steps branch on
 */
public record TypeNode(
        String name,
        TypeKind kind,
        Set<Origin> origins,
        SourceLocation location,
        int linesOfCode,
        Set<String> annotations,
        Set<TypeFlag> flags) {

    public TypeNode {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("type name is blank");
        }
        Objects.requireNonNull(kind, "kind");
        origins = origins.isEmpty() ? Set.of() : Set.copyOf(origins);
        Objects.requireNonNull(location, "location");
        annotations = Set.copyOf(annotations);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    public static TypeNode of(String name, TypeKind kind, Origin origin, SourceLocation location) {
        return new TypeNode(name, kind, EnumSet.of(origin), location, 0, Set.of(), Set.of());
    }

    /** Simple name, with nested types written {@code Outer$Inner}. */
    public String simpleName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    public String packageName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    public boolean has(TypeFlag flag) {
        return flags.contains(flag);
    }

    public boolean isAnnotatedWith(String annotation) {
        return annotations.contains(annotation);
    }

    /** Part of the application proper: not external, not unresolved, not test code. */
    public boolean isApplicationType() {
        return !has(TypeFlag.EXTERNAL) && !has(TypeFlag.UNRESOLVED) && !has(TypeFlag.TEST);
    }
}
