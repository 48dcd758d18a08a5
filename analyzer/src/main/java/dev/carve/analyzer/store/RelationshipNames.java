package dev.carve.analyzer.store;

import dev.carve.analyzer.model.DependencyKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * The relationship type each dependency kind is stored as: jQAssistant's name where it has one for the same fact,
 * otherwise the kind's own name, with Carve's verbs for runtime, evolution and events.
 */
final class RelationshipNames {
    private static final Map<DependencyKind, String> NAMES = new EnumMap<>(DependencyKind.class);

    static {
        for (DependencyKind kind : DependencyKind.values()) {
            NAMES.put(kind, kind.name());
        }
        NAMES.put(DependencyKind.RUNTIME_CALL, "RUNTIME_CALLS");
        NAMES.put(DependencyKind.CO_CHANGE, "CO_CHANGES");
        NAMES.put(DependencyKind.PUBLISHES_EVENT, "PUBLISHES");
        NAMES.put(DependencyKind.LISTENS_TO_EVENT, "LISTENS");
    }

    private RelationshipNames() {}

    static String of(DependencyKind kind) {
        return NAMES.get(kind);
    }

    /** Whether a kind counts towards jQAssistant's aggregated {@code DEPENDS_ON}: a reference in code. */
    static boolean isCodeDependency(DependencyKind kind) {
        return switch (kind.category()) {
            case STRUCTURE, CALL, DATA -> true;
            case EVENT -> kind != DependencyKind.EVENT_FLOW;
            case RUNTIME, EVOLUTION -> false;
        };
    }
}
