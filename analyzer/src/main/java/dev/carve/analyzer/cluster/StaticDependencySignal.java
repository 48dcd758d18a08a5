package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;

/**
 * Code dependencies between classes: each kind weighed by the profile's {@link SuggestProfile.StaticKinds}, repeated
 * occurrences compressed logarithmically ({@code 1 + ln(count)}), so a class calling another a hundred times is not a
 * hundred times closer.
 */
public final class StaticDependencySignal implements SignalSource {
    public static final String NAME = "static";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PairWeights weights(ClassUniverse classes, SuggestProfile profile) {
        PairWeights out = new PairWeights();
        for (Dependency d : classes.graph().dependencies()) {
            double kindWeight = kindWeight(d.kind(), profile.staticKinds());
            if (kindWeight <= 0) {
                continue;
            }
            int a = classes.indexOf(d.from());
            int b = classes.indexOf(d.to());
            if (a >= 0 && b >= 0) {
                out.add(a, b, kindWeight * (1 + Math.log(Math.max(1, d.weight()))));
            }
        }
        return out;
    }

    static double kindWeight(DependencyKind kind, SuggestProfile.StaticKinds k) {
        return switch (kind) {
            case INVOKES, CONSTRUCTS, READS_FIELD, WRITES_FIELD, METHOD_REFERENCE -> k.calls();
            case EXTENDS, IMPLEMENTS -> k.inheritance();
            case FIELD_TYPE, PARAMETER_TYPE, RETURN_TYPE, TYPE_ARGUMENT -> k.members();
            case JPA_RELATION -> k.data();
            case PUBLISHES_EVENT, LISTENS_TO_EVENT, EVENT_FLOW -> k.events();
            case ANNOTATED_BY, THROWS, STATIC_IMPORT -> k.other();
            case RUNTIME_CALL, CO_CHANGE -> 0;
        };
    }
}
