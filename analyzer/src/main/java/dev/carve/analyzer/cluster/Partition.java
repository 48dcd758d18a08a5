package dev.carve.analyzer.cluster;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** A clustering of the universe: a label per class index, labels 0..k-1 in order of first appearance. */
final class Partition {
    final int[] labels;
    final int count;
    final double resolution;
    private double modularity = Double.NaN;

    Partition(int[] labels, double resolution) {
        this.labels = relabel(labels);
        this.count = Arrays.stream(this.labels).max().orElse(-1) + 1;
        this.resolution = resolution;
    }

    private static int[] relabel(int[] labels) {
        Map<Integer, Integer> map = new LinkedHashMap<>();
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = map.computeIfAbsent(labels[i], l -> map.size());
        }
        return out;
    }

    /** Newman modularity (resolution 1) on {@code g}, computed once: the objective compares it many times. */
    double modularity(AffinityGraph g) {
        if (Double.isNaN(modularity)) {
            modularity = g.modularity(labels, count);
        }
        return modularity;
    }

    int[] sizes() {
        int[] s = new int[count];
        for (int l : labels) {
            s[l]++;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Partition p && Arrays.equals(p.labels, labels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(labels);
    }
}
