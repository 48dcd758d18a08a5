package dev.carve.analyzer.metrics;

import dev.carve.analyzer.CarveException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mono2Micro's five runtime metrics (and MQ) exactly as the FSE'21 replication package computes them, quirks
 * included, so the figures compare with the published tables (definitions in {@code docs/boundaries.md}):
 *
 * <ul>
 *   <li>SM's pair loop is {@code i in 0..n-2, j in i..n-1}: a self call counts only when the class is not the last one
 *       listed in its module, and a singleton module has cohesion 0; SM does not exclude the root;
 *   <li>ICP, IFN and MQ leave out calls touching the root and self calls;
 *   <li>a class missing from the business contexts adds the context {@code Unknown} to BCP;
 *   <li>BCP, ICP and SM are rounded as numpy floats (half to even after scaling), IFN, NED and MQ as Python floats.
 * </ul>
 */
public final class RuntimeMetrics {
    private RuntimeMetrics() {}

    /** What to do with traced classes (on a class-to-class call) that the decomposition leaves out. */
    public enum Missing {
        /** Fail with bad input naming them (Mono2Micro's behaviour). */
        ERROR,
        /** Drop their calls. */
        IGNORE
    }

    /** Scores a decomposition against runtime traces. */
    public static RuntimeScores score(Decomposition d, RuntimeTrace trace, Missing missing) {
        if (d.size() == 0) {
            throw CarveException.badInput("the decomposition is empty: nothing to score");
        }
        Set<String> traced = trace.classes();
        List<String> absent = traced.stream().filter(c -> !d.contains(c)).toList();
        Set<String> inner = new HashSet<>();
        trace.innerCalls().forEach(c -> {
            inner.add(c.caller());
            inner.add(c.callee());
        });
        List<String> blocking = absent.stream().filter(inner::contains).toList();
        RuntimeTrace used = trace;
        if (!blocking.isEmpty()) {
            if (missing == Missing.ERROR) {
                throw CarveException.badInput(blocking.size() + " traced classes are in no module: "
                        + String.join(", ", blocking.subList(0, Math.min(20, blocking.size())))
                        + ". Add them to the decomposition, or score with --missing ignore to drop their calls.");
            }
            used = trace.without(new HashSet<>(blocking));
        }
        double bcp = businessContextPurity(d, trace);
        double icp = interCallPercentage(d, used);
        double sm = structuralModularity(d, used);
        double ifn = interfaceNumber(d, used);
        double ned = nonExtremeDistribution(d);
        double mq = modularQuality(d, used);
        List<String> notTraced = d.classes().stream()
                .filter(c -> !traced.contains(c) && !trace.isRoot(c))
                .sorted()
                .toList();
        return new RuntimeScores(
                numpyRound(bcp),
                Double.isInfinite(icp) ? Double.NaN : numpyRound(icp),
                numpyRound(sm),
                pythonRound(ifn),
                pythonRound(ned),
                pythonRound(mq),
                d.moduleCount(),
                d.size(),
                notTraced,
                absent,
                new RuntimeScores.Raw(bcp, icp, sm, ifn, ned, mq));
    }

    /** BCP: mean over modules of ln(number of distinct business contexts of its classes). Lower is better. */
    static double businessContextPurity(Decomposition d, RuntimeTrace trace) {
        double sum = 0;
        for (List<String> members : d.modules().values()) {
            Set<String> contexts = new HashSet<>();
            for (String cls : members) {
                contexts.addAll(trace.contextsByClass().getOrDefault(cls, Set.of("Unknown")));
            }
            sum += contexts.isEmpty() ? 0 : Math.log(contexts.size());
        }
        return sum / d.moduleCount();
    }

    /** ICP: share of call weight (ln(count)+1 per pair) that crosses modules; root and self calls left out. */
    static double interCallPercentage(Decomposition d, RuntimeTrace trace) {
        double total = 0;
        double inter = 0;
        for (RuntimeTrace.Call c : trace.innerCalls()) {
            double w = Math.log(c.count()) + 1.0;
            total += w;
            if (!d.moduleOf(c.caller()).equals(d.moduleOf(c.callee()))) {
                inter += w;
            }
        }
        return total == 0 ? Double.POSITIVE_INFINITY : inter / total;
    }

    /**
     * SM with Mono2Micro's loop bounds (see the class comment). Higher is better. Computed from the linked pairs rather
     * than Mono2Micro's all-pairs loop, with the same result, so that large graphs score fast.
     */
    static double structuralModularity(Decomposition d, RuntimeTrace trace) {
        List<String> names = new ArrayList<>(d.modules().keySet());
        Map<String, Integer> moduleIndex = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            moduleIndex.put(names.get(i), i);
        }
        Map<String, String> last = new java.util.HashMap<>();
        d.modules().forEach((m, members) -> last.put(m, members.get(members.size() - 1)));
        int k = names.size();
        long[] mu = new long[k];
        Map<Long, Long> sigma = new java.util.HashMap<>();
        Set<List<String>> pairs = new HashSet<>();
        for (RuntimeTrace.Call c : trace.calls()) {
            String a = c.caller();
            String b = c.callee();
            if (!d.contains(a) || !d.contains(b)) {
                continue;
            }
            List<String> key = a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
            if (!pairs.add(key)) {
                continue;
            }
            int ma = moduleIndex.get(d.moduleOf(a));
            int mb = moduleIndex.get(d.moduleOf(b));
            if (a.equals(b)) {
                if (!last.get(d.moduleOf(a)).equals(a)) {
                    mu[ma]++;
                }
            } else if (ma == mb) {
                mu[ma]++;
            } else {
                long lo = Math.min(ma, mb);
                long hi = Math.max(ma, mb);
                sigma.merge(lo * k + hi, 1L, Long::sum);
            }
        }
        double cohesion = 0;
        for (int i = 0; i < k; i++) {
            int n = d.modules().get(names.get(i)).size();
            cohesion += mu[i] / (double) ((long) n * n);
        }
        double coupling = 0;
        for (Map.Entry<Long, Long> e : sigma.entrySet()) {
            int a = (int) (e.getKey() / k);
            int b = (int) (e.getKey() % k);
            double na = d.modules().get(names.get(a)).size();
            double nb = d.modules().get(names.get(b)).size();
            coupling += 2 * (e.getValue() / (2.0 * na * nb)); // both orders (P, Q) and (Q, P)
        }
        coupling = k == 1 ? 0 : coupling / k / (k - 1) * 2;
        return cohesion / k - coupling;
    }

    /** IFN: unordered class pairs in different modules linked by a call, divided by the module count. */
    static double interfaceNumber(Decomposition d, RuntimeTrace trace) {
        Set<Set<String>> pairs = new LinkedHashSet<>();
        for (RuntimeTrace.Call c : trace.innerCalls()) {
            String ma = d.moduleOf(c.caller());
            String mb = d.moduleOf(c.callee());
            if (ma != null && mb != null && !ma.equals(mb)) {
                pairs.add(Set.of(c.caller(), c.callee()));
            }
        }
        return pairs.size() / (double) d.moduleCount();
    }

    /** NED: 1 − (classes in modules of 5 to 20 classes) / (all classes); 1 when no module has 5 to 20. */
    static double nonExtremeDistribution(Decomposition d) {
        int total = d.size();
        int good = d.modules().values().stream()
                .mapToInt(List::size)
                .filter(n -> n >= 5 && n <= 20)
                .sum();
        return total > 0 && good > 0 ? 1.0 - good / (double) total : 1.0;
    }

    /** MQ: sum over modules with internal calls of 2μ/(2μ+ε). Higher is better. */
    static double modularQuality(Decomposition d, RuntimeTrace trace) {
        List<RuntimeTrace.Call> edges = trace.innerCalls();
        double mq = 0;
        for (String module : d.modules().keySet()) {
            int mu = 0;
            int eps = 0;
            for (RuntimeTrace.Call c : edges) {
                String from = d.moduleOf(c.caller());
                String to = d.moduleOf(c.callee());
                if (module.equals(from) && module.equals(to)) {
                    mu++;
                } else if (module.equals(from) && to != null) {
                    eps++;
                }
            }
            if (mu > 0) {
                mq += 2.0 * mu / (2.0 * mu + eps);
            }
        }
        return mq;
    }

    /** numpy's {@code round(x, 3)}: scale, round half to even, scale back. */
    public static double numpyRound(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return Math.rint(x * 1000.0) / 1000.0;
    }

    /** Python's {@code round(x, 3)} on a float: correctly rounded from the exact binary value, ties to even. */
    public static double pythonRound(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** The module-level contexts, for explanations: module to the contexts its classes were seen in. */
    public static Map<String, Set<String>> contextsPerModule(Decomposition d, RuntimeTrace trace) {
        Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
        d.modules().forEach((m, members) -> {
            Set<String> contexts = new java.util.TreeSet<>();
            members.forEach(c -> contexts.addAll(trace.contextsByClass().getOrDefault(c, Set.of())));
            out.put(m, contexts);
        });
        return out;
    }
}
