package dev.carve.analyzer.cluster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.HawickJamesSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Module-level dependency cycles over synchronous coupling (events do not count: an asynchronous edge does not tie
 * deployments together). Simple cycles (JGraphT's Hawick–James) within each strongly connected component up to
 * {@value #MAX_SCC_FOR_SIMPLE_CYCLES} modules; a larger component is reported as one cycle of all its modules.
 */
final class ModuleCycles {
    static final int MAX_SCC_FOR_SIMPLE_CYCLES = 8;
    private static final int MAX_CYCLES_PER_MODULE = 10;

    private ModuleCycles() {}

    static Map<String, List<List<String>>> find(List<String> modules, CrossingEdges crossing) {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        modules.forEach(g::addVertex);
        for (String from : modules) {
            for (String to : crossing.targets(from)) {
                if (crossing.hasSyncCoupling(from, to) && g.containsVertex(to)) {
                    g.addEdge(from, to);
                }
            }
        }
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        modules.forEach(m -> out.put(m, new ArrayList<>()));
        for (Set<String> scc : new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets()) {
            if (scc.size() < 2) {
                continue;
            }
            List<List<String>> cycles = new ArrayList<>();
            if (scc.size() <= MAX_SCC_FOR_SIMPLE_CYCLES) {
                Graph<String, DefaultEdge> sub = new DefaultDirectedGraph<>(DefaultEdge.class);
                scc.forEach(sub::addVertex);
                g.edgeSet().forEach(e -> {
                    String s = g.getEdgeSource(e);
                    String t = g.getEdgeTarget(e);
                    if (scc.contains(s) && scc.contains(t)) {
                        sub.addEdge(s, t);
                    }
                });
                new HawickJamesSimpleCycles<>(sub).findSimpleCycles(c -> {
                    if (cycles.size() < 200) {
                        cycles.add(List.copyOf(c));
                    }
                });
            } else {
                cycles.add(scc.stream().sorted().toList());
            }
            for (List<String> c : cycles) {
                for (String m : c) {
                    if (out.get(m).size() < MAX_CYCLES_PER_MODULE) {
                        out.get(m).add(c);
                    }
                }
            }
        }
        return out;
    }
}
