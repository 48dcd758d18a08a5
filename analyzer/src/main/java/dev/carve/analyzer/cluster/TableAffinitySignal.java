package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.TableAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Data gravity: classes that write the same table belong together (weight 1), a reader is pulled towards the writers
 * (0.3) and readers towards each other a little (0.1). Each table spreads its weight over its accessors ({@code 1 / (n
 * - 1)}), so a table everyone touches pulls nobody in particular.
 */
public final class TableAffinitySignal implements SignalSource {
    public static final String NAME = "tables";
    static final double WRITE_WRITE = 1.0;
    static final double WRITE_READ = 0.3;
    static final double READ_READ = 0.1;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PairWeights weights(ClassUniverse classes, SuggestProfile profile) {
        Map<String, TreeSet<Integer>> writers = new TreeMap<>();
        Map<String, TreeSet<Integer>> readers = new TreeMap<>();
        for (TableAccess a : classes.graph().tableAccesses()) {
            int i = classes.indexOf(a.type());
            if (i < 0) {
                continue;
            }
            (a.access() == AccessKind.WRITE ? writers : readers)
                    .computeIfAbsent(a.table(), t -> new TreeSet<>())
                    .add(i);
        }
        PairWeights out = new PairWeights();
        TreeSet<String> tables = new TreeSet<>(writers.keySet());
        tables.addAll(readers.keySet());
        for (String table : tables) {
            List<Integer> w = new ArrayList<>(writers.getOrDefault(table, new TreeSet<>()));
            TreeSet<Integer> rs = new TreeSet<>(readers.getOrDefault(table, new TreeSet<>()));
            rs.removeAll(w);
            List<Integer> r = new ArrayList<>(rs);
            int n = w.size() + r.size();
            if (n < 2 || n > RuntimeCooccurrenceSignal.MAX_CONTEXT_CLASSES) {
                continue;
            }
            double spread = 1.0 / (n - 1);
            for (int x = 0; x < w.size(); x++) {
                for (int y = x + 1; y < w.size(); y++) {
                    out.add(w.get(x), w.get(y), WRITE_WRITE * spread);
                }
                for (int reader : r) {
                    out.add(w.get(x), reader, WRITE_READ * spread);
                }
            }
            for (int x = 0; x < r.size(); x++) {
                for (int y = x + 1; y < r.size(); y++) {
                    out.add(r.get(x), r.get(y), READ_READ * spread);
                }
            }
        }
        return out;
    }
}
