package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.DependencyKind;

/** Classes changed together in git history ({@code CO_CHANGE} edges, weight = co-change strength). */
public final class CoChangeSignal implements SignalSource {
    public static final String NAME = "co-change";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PairWeights weights(ClassUniverse classes, SuggestProfile profile) {
        PairWeights out = new PairWeights();
        classes.graph().dependencies(DependencyKind.CO_CHANGE).forEach(d -> {
            out.add(classes.indexOf(d.from()), classes.indexOf(d.to()), d.weight());
        });
        return out;
    }
}
