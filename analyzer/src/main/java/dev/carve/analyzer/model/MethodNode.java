package dev.carve.analyzer.model;

import java.util.Objects;
import java.util.Set;

/**
 * A method or constructor declared by an application type.
 *
 * @param type the declaring type's name
 * @param signature jQAssistant-style signature, e.g. {@code void place(com.acme.Order)}; constructors use
 *     {@code void <init>(...)}
 * @param name the simple method name ({@code <init>} for constructors)
 * @param location where it is declared
 * @param annotations fully qualified annotation names
 */
public record MethodNode(String type, String signature, String name, SourceLocation location, Set<String> annotations) {
    public MethodNode {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        annotations = Set.copyOf(annotations);
    }
}
