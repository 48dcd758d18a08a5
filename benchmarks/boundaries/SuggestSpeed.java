import dev.carve.analyzer.Progress;
import dev.carve.analyzer.cluster.BoundarySuggester;
import dev.carve.analyzer.cluster.SuggestOptions;
import dev.carve.analyzer.metrics.Decomposition;
import dev.carve.analyzer.metrics.RuntimeMetrics;
import dev.carve.analyzer.metrics.Scoring;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.analyzer.store.GraphStore;
import dev.carve.analyzer.store.GraphStores;

/**
 * Times suggest + score in one JVM on a graph read from a store, store loading timed apart:
 * java -cp cli/target/carve.jar benchmarks/boundaries/SuggestSpeed.java STORE_DIR ROUNDS. Prints
 * "load_s suggest_s score_s modules" for the last round (earlier rounds warm the JIT as a long-lived run would not;
 * round 1 is what a fresh `carve suggest` pays, and is printed too).
 */
public class SuggestSpeed {
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        CodeGraph graph;
        try (GraphStore store = GraphStores.open(args[0])) {
            graph = store.load();
        }
        double load = (System.nanoTime() - t0) / 1e9;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int r = 1; r <= rounds; r++) {
            long t1 = System.nanoTime();
            StringBuilder phases = new StringBuilder();
            long[] last = {System.nanoTime()};
            String[] name = {"start"};
            Progress timing = new Progress() {
                @Override
                public void phase(String n, long total) {
                    long now = System.nanoTime();
                    phases.append(String.format(" [%s %.2f]", name[0], (now - last[0]) / 1e9));
                    last[0] = now;
                    name[0] = n;
                }

                @Override
                public void advance(long done) {}

                @Override
                public void done() {
                    phase("done", -1);
                }
            };
            Proposal p = new BoundarySuggester("bench").suggest(graph, SuggestOptions.defaults(), timing);
            long t2 = System.nanoTime();
            Scoring.score(graph, Decomposition.ofAssignment(p.scoredAssignment()), null, RuntimeMetrics.Missing.IGNORE);
            long t3 = System.nanoTime();
            System.out.printf(
                    "round %d: load %.2f suggest %.2f score %.2f modules %d classes %d%n",
                    r, load, (t2 - t1) / 1e9, (t3 - t2) / 1e9, p.modules().size(), graph.applicationTypes().count());
            System.out.println("  phases:" + phases);
        }
    }
}
