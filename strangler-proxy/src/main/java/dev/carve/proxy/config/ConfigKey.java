package dev.carve.proxy.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a key of {@code carve-proxy.yaml} on a record component: what it means, its default (as written in
 * YAML, empty for none) and whether it must be given. The loader fills defaults and checks required keys from
 * it, and {@link ConfigDocs} generates the reference from it, so the two never drift. The proxy keeps its own
 * copy of the analyzer's annotation because it depends on Netty and Jackson only.
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
