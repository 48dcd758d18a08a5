package dev.carve.analyzer.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Classes in the same domain package ({@link PackageLayout}) belong together; the weight is scaled by how
 * domain-organised the codebase is (0 when organised by layer, where packages say nothing about domains). Each package
 * spreads one unit of weight per class over its pairs; in packages above {@value #FULL_PAIRS_UP_TO} classes each class
 * is tied to its {@value #NEIGHBOURS} name-order neighbours on either side, which keeps the package connected in
 * linear time.
 */
public final class PackageSignal implements SignalSource {
    public static final String NAME = "packages";
    static final int FULL_PAIRS_UP_TO = 80;
    static final int NEIGHBOURS = 8;

    private final PackageLayout layout;

    PackageSignal(PackageLayout layout) {
        this.layout = layout;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PairWeights weights(ClassUniverse classes, SuggestProfile profile) {
        PairWeights out = new PairWeights();
        if (layout.packageWeightFactor() == 0) {
            return out;
        }
        Map<String, List<Integer>> byKey = new TreeMap<>();
        for (int i = 0; i < classes.size(); i++) {
            String key = layout.domainKey().get(classes.name(i));
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : byKey.values()) {
            int n = members.size();
            if (n < 2) {
                continue;
            }
            double w = 1.0 / (n - 1);
            for (int x = 0; x < n; x++) {
                int upTo = n <= FULL_PAIRS_UP_TO ? n : Math.min(n, x + NEIGHBOURS + 1);
                for (int y = x + 1; y < upTo; y++) {
                    out.add(members.get(x), members.get(y), n <= FULL_PAIRS_UP_TO ? w : 1.0 / NEIGHBOURS);
                }
            }
        }
        return out;
    }
}
