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

    /**
     * Merges modules below {@code minSize} into the module their classes are most tied to, smallest first (lowest label
     * on equal sizes); a module tied to no other stays as it is. Member lists are kept per label, so each merge costs
     * the merged module's ties rather than a pass over every class.
     */
    static Partition foldSmall(AffinityGraph graph, Partition p, int minSize) {
        int[] labels = p.labels.clone();
        int k = p.count;
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            members.get(labels[i]).add(i);
        }
        boolean[] stuck = new boolean[k]; // tied to no other module: merges elsewhere cannot change that
        while (true) {
            int smallest = -1;
            int target = -1;
            while (true) {
                int candidate = -1;
                for (int c = 0; c < k; c++) {
                    int size = members.get(c).size();
                    if (size > 0
                            && size < minSize
                            && !stuck[c]
                            && (candidate < 0 || size < members.get(candidate).size())) {
                        candidate = c;
                    }
                }
                if (candidate < 0) {
                    break;
                }
                double[] tie = clusterTies(graph, labels, k, members.get(candidate));
                int t = argmaxExcept(tie, candidate);
                if (t >= 0 && tie[t] > 0) {
                    smallest = candidate;
                    target = t;
                    break;
                }
                stuck[candidate] = true;
            }
            if (smallest < 0) {
                return new Partition(labels, p.resolution);
            }
            for (int i : members.get(smallest)) {
                labels[i] = target;
            }
            members.get(target).addAll(members.get(smallest));
            members.get(smallest).clear();
        }
    }

    private static double[] clusterTies(AffinityGraph graph, int[] labels, int k, List<Integer> members) {
        double[] tie = new double[k];
        for (int i : members) {
            double[] a = graph.affinity(i, labels, k);
            for (int c = 0; c < k; c++) {
                tie[c] += a[c];
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
