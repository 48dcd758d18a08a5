package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.proposal.ModuleDependency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The class-level dependencies that cross module boundaries, aggregated per module pair and per kind. */
final class CrossingEdges {
    static final String SYNC = "sync-call";
    static final String EVENT = "event";
    static final String STRUCTURAL = "structural";
    static final String DATA = "data";
    static final String RUNTIME = "runtime";
    private static final int MAX_EDGES = 50;

    /** One aggregated class-to-class crossing. */
    static final class Edge {
        final String from;
        final String to;
        final String kind;
        double count;
        final Set<String> members = new LinkedHashSet<>();
        String location = "";

        Edge(String from, String to, String kind) {
            this.from = from;
            this.to = to;
            this.kind = kind;
        }

        ModuleDependency.Edge toProposal() {
            return new ModuleDependency.Edge(from, to, kind, count, new ArrayList<>(members), location);
        }
    }

    /** Module pair ("from\u0000to") to its edges. */
    final Map<String, Map<String, Edge>> byPair = new LinkedHashMap<>();

    private final Boundaries b;

    CrossingEdges(Boundaries b) {
        this.b = b;
        for (Dependency d : b.code().dependencies()) {
            if (d.kind() == DependencyKind.CO_CHANGE) {
                continue;
            }
            String mf = b.moduleOf(d.from());
            String mt = b.moduleOf(d.to());
            if (mf == null || mt == null || mf.equals(mt)) {
                continue;
            }
            String kind = kindOf(d.kind());
            Edge e = byPair.computeIfAbsent(mf + "\u0000" + mt, k -> new LinkedHashMap<>())
                    .computeIfAbsent(
                            d.from() + "\u0000" + d.to() + "\u0000" + kind, k -> new Edge(d.from(), d.to(), kind));
            e.count += d.weight();
            if (!d.toMember().isEmpty() && e.members.size() < 10) {
                e.members.add(d.toMember());
            }
            if (e.location.isEmpty() && d.location().isKnown()) {
                e.location = d.location().toString();
            }
        }
    }

    static String kindOf(DependencyKind k) {
        return switch (k.category()) {
            case CALL -> SYNC;
            case EVENT -> EVENT;
            case DATA -> DATA;
            case RUNTIME -> RUNTIME;
            default -> STRUCTURAL;
        };
    }

    List<Edge> edges(String from, String to) {
        Map<String, Edge> m = byPair.get(from + "\u0000" + to);
        return m == null ? List.of() : new ArrayList<>(m.values());
    }

    ModuleDependency dependency(String from, String to) {
        List<Edge> edges = edges(from, to);
        double sync = 0;
        double events = 0;
        double structural = 0;
        double data = 0;
        double runtime = 0;
        for (Edge e : edges) {
            switch (e.kind) {
                case SYNC -> sync += e.count;
                case EVENT -> events += e.count;
                case DATA -> data += e.count;
                case RUNTIME -> runtime += e.count;
                default -> structural += e.count;
            }
        }
        List<ModuleDependency.Edge> top = edges.stream()
                .sorted(Comparator.comparingDouble((Edge e) -> -e.count).thenComparing(e -> e.from + e.to))
                .limit(MAX_EDGES)
                .map(Edge::toProposal)
                .toList();
        return new ModuleDependency(from, to, sync, events, structural, data, runtime, top);
    }

    /** Modules {@code from} depends on. */
    List<String> targets(String from) {
        List<String> out = new ArrayList<>();
        byPair.keySet().forEach(k -> {
            String[] p = k.split("\u0000");
            if (p[0].equals(from)) {
                out.add(p[1]);
            }
        });
        return out;
    }

    List<String> sources(String to) {
        List<String> out = new ArrayList<>();
        byPair.keySet().forEach(k -> {
            String[] p = k.split("\u0000");
            if (p[1].equals(to)) {
                out.add(p[0]);
            }
        });
        return out;
    }

    /** Whether a module pair has a coupling that is not only asynchronous. */
    boolean hasSyncCoupling(String from, String to) {
        return edges(from, to).stream().anyMatch(e -> !e.kind.equals(EVENT));
    }
}
