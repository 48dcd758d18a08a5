package dev.carve.analyzer.cluster;

import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Leiden (Traag, Waltman and van Eck 2019, {@code nl.cwts:networkanalysis}) maximizing modularity with a resolution
 * parameter: higher resolutions give more, smaller clusters. Seeded: several starts with seeds derived from one seed,
 * the best quality kept, so the same graph and seed always give the same clusters.
 */
final class LeidenClustering {
    /** Negative: iterate until an iteration changes nothing (usually 2-4), instead of a fixed count. */
    private static final int ITERATIONS = -1;

    private static final double RANDOMNESS = 0.01;

    private final Network network;
    private final int nodes;

    LeidenClustering(AffinityGraph graph) {
        this.nodes = graph.classes().size();
        PairWeights w = graph.combined();
        long m = 2L * w.pairs();
        LargeIntArray[] edges = {new LargeIntArray(m), new LargeIntArray(m)};
        LargeDoubleArray weights = new LargeDoubleArray(m);
        long[] at = {0};
        w.forEach((a, b, weight) -> {
            edges[0].set(at[0], a);
            edges[1].set(at[0], b);
            weights.set(at[0]++, weight);
            edges[0].set(at[0], b);
            edges[1].set(at[0], a);
            weights.set(at[0]++, weight);
        });
        this.network = new Network(nodes, true, edges, weights, false, false);
    }

    /** Cluster label per node (0-based, largest cluster first), best of {@code starts} seeded runs. */
    int[] cluster(double resolution, long seed, int starts) {
        if (nodes == 0) {
            return new int[0];
        }
        double scaled = resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
        Clustering best = null;
        double bestQuality = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < Math.max(1, starts); s++) {
            LeidenAlgorithm leiden = new LeidenAlgorithm(scaled, ITERATIONS, RANDOMNESS, new Random(seed * 31 + s));
            Clustering c = new Clustering(nodes);
            leiden.improveClustering(network, c);
            double q = leiden.calcQuality(network, c);
            if (q > bestQuality) {
                bestQuality = q;
                best = c;
            }
        }
        best.orderClustersByNNodes();
        return best.getClusters();
    }
}
