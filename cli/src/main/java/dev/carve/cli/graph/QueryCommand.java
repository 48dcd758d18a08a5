package dev.carve.cli.graph;

import dev.carve.analyzer.store.GraphStore;
import dev.carve.analyzer.store.GraphStores;
import dev.carve.analyzer.store.QueryResult;
import dev.carve.analyzer.store.StoreCredentials;
import dev.carve.cli.StoreOptions;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code carve query "<cypher>"}: runs Cypher on the graph store and prints the rows. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a Cypher query on the graph store and prints its rows as a table, CSV or JSON.",
            "The schema follows jQAssistant's (docs/graph-schema.md), e.g.:",
            "  carve query \"MATCH (t:Java:Type)-[d:DEPENDS_ON]->(x) RETURN t.fqn, x.fqn, d.weight"
                    + " ORDER BY d.weight DESC LIMIT 10\""
        })
public final class QueryCommand implements Runnable {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "CYPHER", description = "The query.")
    String cypher;

    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "FORMAT",
            description = "table, csv or json. Default: ${DEFAULT-VALUE}")
    ResultFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        QueryResult result;
        try (GraphStore graph = GraphStores.open(store.uri(), new StoreCredentials(store.user(), store.password()))) {
            result = graph.query(cypher, Map.of());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.render(result));
        out.flush();
    }
}
