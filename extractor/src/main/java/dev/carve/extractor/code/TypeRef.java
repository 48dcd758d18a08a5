package dev.carve.extractor.code;

/**
 * A reference from a source file to an application type.
 *
 * @param type the referenced type's fully qualified name
 * @param line the line of the reference
 * @param how how the name reaches the type
 */
public record TypeRef(String type, int line, How how) {

    /** How a reference names its type, which decides what a package move must change. */
    public enum How {
        /** {@code import a.b.T;} or a static import of a member of {@code T}. */
        IMPORT,
        /** A simple name in code that a single-type import resolves. */
        IMPORTED,
        /** A fully qualified name in code ({@code a.b.T.x()}). */
        QUALIFIED,
        /** A simple name resolved through the file's own package. */
        SAME_PACKAGE,
        /** A simple name resolved through an on-demand import ({@code import a.b.*;}). */
        WILDCARD
    }
}
