package dev.carve.analyzer.model;

/**
 * Why one type depends on another. Each kind maps to a relationship in the store (jQAssistant's names where
 * jQAssistant has one) and to a signal in clustering.
 */
public enum DependencyKind {
    EXTENDS(Category.STRUCTURE),
    IMPLEMENTS(Category.STRUCTURE),
    FIELD_TYPE(Category.STRUCTURE),
    PARAMETER_TYPE(Category.STRUCTURE),
    RETURN_TYPE(Category.STRUCTURE),
    THROWS(Category.STRUCTURE),
    TYPE_ARGUMENT(Category.STRUCTURE),
    ANNOTATED_BY(Category.STRUCTURE),
    STATIC_IMPORT(Category.STRUCTURE),
    INVOKES(Category.CALL),
    CONSTRUCTS(Category.CALL),
    READS_FIELD(Category.CALL),
    WRITES_FIELD(Category.CALL),
    /** A method reference or a lambda whose target type is another application type. */
    METHOD_REFERENCE(Category.CALL),
    /** A JPA relationship ({@code @ManyToOne} and friends) from one entity to another. */
    JPA_RELATION(Category.DATA),
    /** Publisher type to the event type it publishes (Spring events, messaging). */
    PUBLISHES_EVENT(Category.EVENT),
    /** Listener type to the event type it consumes. */
    LISTENS_TO_EVENT(Category.EVENT),
    /** Derived: publisher type to listener type of the same event, asynchronous by nature. */
    EVENT_FLOW(Category.EVENT),
    /** Caller to callee observed at runtime; weight is the call volume. */
    RUNTIME_CALL(Category.RUNTIME),
    /** Changed together in git history; weight is the co-change strength. */
    CO_CHANGE(Category.EVOLUTION);

    /** The family a kind belongs to; clustering weighs families separately. */
    public enum Category {
        STRUCTURE,
        CALL,
        DATA,
        EVENT,
        RUNTIME,
        EVOLUTION
    }

    private final Category category;

    DependencyKind(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    /** Asynchronous edges (events) are kept apart from synchronous calls in explanations and cuts. */
    public boolean isAsynchronous() {
        return category == Category.EVENT;
    }
}
