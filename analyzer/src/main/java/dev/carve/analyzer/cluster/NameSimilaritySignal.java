package dev.carve.analyzer.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classes whose names share domain words ({@code OrderService}, {@code OrderDao}, {@code OrderLine}) belong together.
 * Technical words ({@link DomainTerms}) are dropped; the rest are stemmed lightly (pricing and price meet) and weighed by rarity (TF-IDF) and compared by cosine
 * similarity, so a word half the codebase uses ties nothing. Words used by more than half the classes, or by more than
 * {@value #MAX_WORD_CLASSES} classes, are skipped.
 */
public final class NameSimilaritySignal implements SignalSource {
    public static final String NAME = "names";
    static final int MAX_WORD_CLASSES = 400;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PairWeights weights(ClassUniverse classes, SuggestProfile profile) {
        DomainTerms terms = new DomainTerms(profile.technicalTerms());
        int n = classes.size();
        List<Map<String, Integer>> tf = new ArrayList<>();
        Map<String, List<Integer>> postings = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Map<String, Integer> words = new LinkedHashMap<>();
            for (String w : terms.domainWords(classes.type(i).simpleName())) {
                words.merge(DomainTerms.stem(w), 1, Integer::sum);
            }
            tf.add(words);
            final int cls = i;
            words.keySet()
                    .forEach(w ->
                            postings.computeIfAbsent(w, k -> new ArrayList<>()).add(cls));
        }
        Map<String, Double> idf = new HashMap<>();
        postings.forEach((w, list) -> idf.put(w, Math.log((double) n / list.size())));
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (Map.Entry<String, Integer> e : tf.get(i).entrySet()) {
                double v = e.getValue() * idf.get(e.getKey());
                s += v * v;
            }
            norm[i] = Math.sqrt(s);
        }
        PairWeights out = new PairWeights();
        postings.forEach((w, list) -> {
            if (list.size() < 2 || list.size() > MAX_WORD_CLASSES || list.size() * 2 > n) {
                return;
            }
            double weight = idf.get(w) * idf.get(w);
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size(); y++) {
                    int a = list.get(x);
                    int b = list.get(y);
                    out.add(a, b, weight * tf.get(a).get(w) * tf.get(b).get(w) / (norm[a] * norm[b]));
                }
            }
        });
        return out;
    }
}
