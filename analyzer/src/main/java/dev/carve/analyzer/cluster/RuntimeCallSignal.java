package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;

/** Caller–callee pairs observed at runtime, each weighing {@code 1 + ln(volume)} as Mono2Micro's ICP does. */
public final class RuntimeCallSignal implements SignalSource {
    public static final String NAME = "runtime";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PairWeights weights(ClassUniverse classes, SuggestProfile profile) {
        PairWeights out = new PairWeights();
        classes.graph().dependencies(DependencyKind.RUNTIME_CALL).forEach((Dependency d) -> {
            int a = classes.indexOf(d.from());
            int b = classes.indexOf(d.to());
            if (a >= 0 && b >= 0) {
                out.add(a, b, 1 + Math.log(Math.max(1, d.weight())));
            }
        });
        return out;
    }
}
