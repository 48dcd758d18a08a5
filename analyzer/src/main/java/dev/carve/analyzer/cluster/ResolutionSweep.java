package dev.carve.analyzer.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Runs Leiden over a geometric range of resolutions and keeps each distinct result, after folding modules smaller
 * than the profile's minimum into the module they are most tied to.
 */
final class ResolutionSweep {
    static final int FULL_STARTS_UP_TO = 500;

    private ResolutionSweep() {}

    static List<Double> resolutions(SuggestProfile profile) {
        List<Double> out = new ArrayList<>();
        int steps = Math.max(1, profile.resolutionSteps());
        double lo = profile.minResolution();
        double hi = Math.max(lo, profile.maxResolution());
        for (int i = 0; i < steps; i++) {
            double r = steps == 1 ? lo : lo * Math.pow(hi / lo, i / (double) (steps - 1));
            out.add(Math.round(r * 1000) / 1000.0);
        }
        return out;
    }

    static List<Partition> run(AffinityGraph graph, SuggestProfile profile, List<Double> resolutions) {
        LeidenClustering leiden = new LeidenClustering(graph);
        int starts = starts(profile.randomStarts(), graph.classes().size());
        // each resolution is an independent seeded run: run them in parallel, keep them in resolution order
        List<Partition> runs = IntStream.range(0, resolutions.size())
                .parallel()
                .mapToObj(i -> {
                    double r = resolutions.get(i);
                    int[] labels = leiden.cluster(r, profile.seed(), starts);
                    return foldSmall(graph, new Partition(labels, r), profile.minModuleSize());
                })
                .toList();
        return new ArrayList<>(new LinkedHashSet<>(runs));
    }

    /**
     * Random starts per resolution: as configured up to {@value #FULL_STARTS_UP_TO} classes, fewer above (at least one),
     * where one Leiden run already explores a large graph well and the sweep would otherwise grow past seconds.
     */
    static int starts(int configured, int classes) {
        if (classes <= FULL_STARTS_UP_TO) {
            return Math.max(1, configured);
        }
        return Math.max(1, (int) Math.ceil(configured * (double) FULL_STARTS_UP_TO / classes));
    }

    /** Merges modules below {@code minSize} into the module their classes are most tied to, smallest first. */
    static Partition foldSmall(AffinityGraph graph, Partition p, int minSize) {
        int[] labels = p.labels.clone();
        int k = p.count;
        boolean changed = true;
        while (changed) {
            changed = false;
            int[] sizes = new int[k];
            for (int l : labels) {
                sizes[l]++;
            }
            int smallest = -1;
            for (int c = 0; c < k; c++) {
                if (sizes[c] > 0 && sizes[c] < minSize && (smallest < 0 || sizes[c] < sizes[smallest])) {
                    double[] tie = clusterTies(graph, labels, k, c);
                    int target = argmaxExcept(tie, c);
                    if (target >= 0 && tie[target] > 0) {
                        smallest = c;
                    }
                }
            }
            if (smallest >= 0) {
                double[] tie = clusterTies(graph, labels, k, smallest);
                int target = argmaxExcept(tie, smallest);
                for (int i = 0; i < labels.length; i++) {
                    if (labels[i] == smallest) {
                        labels[i] = target;
                    }
                }
                changed = true;
            }
        }
        return new Partition(labels, p.resolution);
    }

    private static double[] clusterTies(AffinityGraph graph, int[] labels, int k, int cluster) {
        double[] tie = new double[k];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == cluster) {
                double[] a = graph.affinity(i, labels, k);
                for (int c = 0; c < k; c++) {
                    tie[c] += a[c];
                }
            }
        }
        return tie;
    }

    static int argmaxExcept(double[] values, int except) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (i != except && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }
}
