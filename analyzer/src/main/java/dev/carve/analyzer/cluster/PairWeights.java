package dev.carve.analyzer.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** Symmetric, sparse weights between classes of a {@link ClassUniverse}; self pairs are ignored. */
public final class PairWeights {
    private final Map<Long, Double> weights = new HashMap<>();

    static long key(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | hi;
    }

    /** Adds weight to the pair; ignored for a class with itself, non-positive or non-finite weights. */
    public void add(int a, int b, double w) {
        if (a == b || a < 0 || b < 0 || !(w > 0) || Double.isInfinite(w)) {
            return;
        }
        weights.merge(key(a, b), w, Double::sum);
    }

    public double get(int a, int b) {
        return weights.getOrDefault(key(a, b), 0.0);
    }

    public int pairs() {
        return weights.size();
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** Visits every pair once as (lower index, higher index, weight). */
    public void forEach(PairConsumer visitor) {
        weights.forEach((k, w) -> visitor.accept((int) (k >>> 32), (int) (long) k, w));
    }

    /** Each class's summed weight. */
    double[] strengths(int n) {
        double[] s = new double[n];
        forEach((a, b, w) -> {
            s[a] += w;
            s[b] += w;
        });
        return s;
    }

    /**
     * The weights divided by the geometric mean of both ends' strengths ({@code w / sqrt(s_a s_b)}), so a hub that
     * touches everything ties weakly to each, and signals of different scales become comparable (values in (0, 1]).
     */
    PairWeights normalized(int n) {
        double[] s = strengths(n);
        PairWeights out = new PairWeights();
        forEach((a, b, w) -> out.add(a, b, w / Math.sqrt(s[a] * s[b])));
        return out;
    }

    /** A pair visitor. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(int a, int b, double weight);
    }

    void forEachEntry(BiConsumer<Long, Double> visitor) {
        weights.forEach(visitor);
    }
}
