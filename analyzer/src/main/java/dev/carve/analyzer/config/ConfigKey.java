package dev.carve.analyzer.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a configuration key on a record component: its description, its default (as written in YAML, empty
 * for none) and whether it must be given. {@link ConfigLoader} validates with it and {@link ConfigDocs} documents
 * it, so neither drifts from the other.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface ConfigKey {
    /** What the key means and how it is used. */
    String description();

    /** The default as a YAML scalar, or empty when there is none. */
    String defaultValue() default "";

    /** Whether the key must be present. */
    boolean required() default false;

    /** Example value shown in the docs, or empty. */
    String example() default "";
}
