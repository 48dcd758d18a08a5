package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.BusinessContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Classes that serve the same entry points belong together: every business context spreads one unit of weight over
 * the pairs of classes it touched ({@code 1 / (n - 1)} per pair), so a context that touches everything says little.
 * Contexts touching more than {@value #MAX_CONTEXT_CLASSES} classes are skipped (they say nothing and cost quadratic
 * time).
 */
public final class RuntimeCooccurrenceSignal implements SignalSource {
    public static final String NAME = "co-occurrence";
    static final int MAX_CONTEXT_CLASSES = 400;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PairWeights weights(ClassUniverse classes, SuggestProfile profile) {
        PairWeights out = new PairWeights();
        for (BusinessContext c : classes.graph().contexts()) {
            List<Integer> members = new ArrayList<>();
            c.classes().stream().sorted().forEach(name -> {
                int i = classes.indexOf(name);
                if (i >= 0) {
                    members.add(i);
                }
            });
            int n = members.size();
            if (n < 2 || n > MAX_CONTEXT_CLASSES) {
                continue;
            }
            double w = 1.0 / (n - 1);
            for (int x = 0; x < n; x++) {
                for (int y = x + 1; y < n; y++) {
                    out.add(members.get(x), members.get(y), w);
                }
            }
        }
        return out;
    }
}
