package dev.carve.cli.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.cli.Carve;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class QueryCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Carve.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsAnAlignedTable(@TempDir Path dir) {
        int code = run("query", "--store", dir.resolve("g").toString(), "RETURN 'OrderService' AS type, 3 AS n");
        assertThat(code).isZero();
        assertThat(out.toString())
                .isEqualTo("type          n\n" + "------------  -\n" + "OrderService  3\n" + "(1 row)\n");
    }

    @Test
    void printsCsvAndJson() {
        assertThat(run("query", "--store", "memory:", "--format", "csv", "RETURN 'a,b' AS x, null AS y"))
                .isZero();
        assertThat(out.toString()).isEqualTo("x,y\r\n\"a,b\",\r\n");
        out.getBuffer().setLength(0);
        assertThat(run("query", "--store", "memory:", "--format", "json", "RETURN 1 AS x"))
                .isZero();
        assertThat(out.toString().replaceAll("\\s", "")).isEqualTo("[{\"x\":1}]");
    }

    @Test
    void aBrokenQueryExitsWithTwoAndSaysWhy() {
        assertThat(run("query", "--store", "memory:", "MATCH (n RETURN n")).isEqualTo(2);
        assertThat(err.toString()).contains("The Cypher query failed");
    }
}
