package dev.carve.analyzer.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighted class graph Leiden clusters: each signal's raw weights normalized ({@link PairWeights#normalized}),
 * multiplied by the signal's weight, and summed. Per-signal contributions are kept so explanations can say which
 * signals tie two classes.
 */
final class AffinityGraph {
    private final ClassUniverse classes;
    private final List<String> signals = new ArrayList<>();
    private final List<Double> signalWeights = new ArrayList<>();
    private final List<PairWeights> contributions = new ArrayList<>();
    private final PairWeights combined = new PairWeights();
    // built lazily; volatile and written last, so a thread that sees it also sees the weights (the sweep is parallel)
    private volatile int[][] neighbours;
    private double[][] neighbourWeights;

    private AffinityGraph(ClassUniverse classes) {
        this.classes = classes;
    }

    /** Builds the graph from the sources whose weight is positive and which found something. */
    static AffinityGraph build(
            ClassUniverse classes, List<SignalSource> sources, Map<String, Double> weights, SuggestProfile profile) {
        AffinityGraph g = new AffinityGraph(classes);
        for (SignalSource source : sources) {
            double weight = weights.getOrDefault(source.name(), 0.0);
            if (weight <= 0) {
                continue;
            }
            PairWeights raw = source.weights(classes, profile);
            if (raw.isEmpty()) {
                continue;
            }
            PairWeights scaled = new PairWeights();
            raw.normalized(classes.size()).forEach((a, b, w) -> scaled.add(a, b, w * weight));
            g.signals.add(source.name());
            g.signalWeights.add(weight);
            g.contributions.add(scaled);
            scaled.forEach(g.combined::add);
        }
        return g;
    }

    ClassUniverse classes() {
        return classes;
    }

    PairWeights combined() {
        return combined;
    }

    List<String> signals() {
        return signals;
    }

    double signalWeight(int i) {
        return signalWeights.get(i);
    }

    int signalPairs(int i) {
        return contributions.get(i).pairs();
    }

    /** Signal name to its contribution to the tie between two classes (only signals that contribute). */
    Map<String, Double> breakdown(int a, int b) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < signals.size(); i++) {
            double w = contributions.get(i).get(a, b);
            if (w > 0) {
                out.put(signals.get(i), w);
            }
        }
        return out;
    }

    double weight(int a, int b) {
        return combined.get(a, b);
    }

    int[] neighbours(int i) {
        adjacency();
        return neighbours[i];
    }

    double[] neighbourWeights(int i) {
        adjacency();
        return neighbourWeights[i];
    }

    private void adjacency() {
        if (neighbours != null) {
            return;
        }
        int n = classes.size();
        int[] degree = new int[n];
        combined.forEach((a, b, w) -> {
            degree[a]++;
            degree[b]++;
        });
        int[][] nb = new int[n][];
        double[][] nw = new double[n][];
        for (int i = 0; i < n; i++) {
            nb[i] = new int[degree[i]];
            nw[i] = new double[degree[i]];
        }
        int[] fill = new int[n];
        combined.forEach((a, b, w) -> {
            nb[a][fill[a]] = b;
            nw[a][fill[a]++] = w;
            nb[b][fill[b]] = a;
            nw[b][fill[b]++] = w;
        });
        neighbourWeights = nw;
        neighbours = nb;
    }

    /** Newman modularity (resolution 1) of a clustering of this graph, over the adjacency arrays. */
    double modularity(int[] labels, int count) {
        double[] in = new double[count];
        double[] deg = new double[count];
        double m = 0;
        for (int a = 0; a < labels.length; a++) {
            int[] nb = neighbours(a);
            double[] nw = neighbourWeights(a);
            for (int k = 0; k < nb.length; k++) {
                // every pair appears twice (a-b and b-a): halve to count it once
                double w = nw[k] / 2;
                m += w;
                deg[labels[a]] += w;
                deg[labels[nb[k]]] += w;
                if (labels[a] == labels[nb[k]]) {
                    in[labels[a]] += w;
                }
            }
        }
        double q = 0;
        for (int c = 0; c < count; c++) {
            q += in[c] / m - Math.pow(deg[c] / (2 * m), 2);
        }
        return q;
    }

    /** Summed tie weight of class {@code i} into each cluster label. */
    double[] affinity(int i, int[] labels, int clusters) {
        double[] out = new double[clusters];
        int[] nb = neighbours(i);
        double[] nw = neighbourWeights(i);
        for (int k = 0; k < nb.length; k++) {
            if (labels[nb[k]] >= 0) {
                out[labels[nb[k]]] += nw[k];
            }
        }
        return out;
    }
}
