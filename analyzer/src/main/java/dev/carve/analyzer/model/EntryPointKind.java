package dev.carve.analyzer.model;

/** How the outside world enters the application. */
public enum EntryPointKind {
    /** Spring MVC or JAX-RS handler method: has an HTTP method and a path pattern. */
    HTTP,
    SERVLET,
    SCHEDULED,
    MESSAGE_LISTENER,
    EVENT_LISTENER,
    MAIN,
    TEST
}
