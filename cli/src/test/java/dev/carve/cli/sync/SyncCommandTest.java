package dev.carve.cli.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.cli.Carve;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SyncCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int carve(String... args) {
        CommandLine cli = Carve.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void exportConnectWritesTheConnectorConfigs() throws IOException {
        Path config = Files.writeString(tmp.resolve("carve-sync.yaml"), """
                name: orders
                source: {url: "jdbc:postgresql://legacy:5432/shop"}
                target: {url: "jdbc:postgresql://orders-db:5432/orders"}
                tables: [{name: orders}]
                """);
        int status = carve(
                "sync",
                "export-connect",
                "--config",
                config.toString(),
                "--out",
                tmp.resolve("c").toString());
        assertThat(status).isZero();
        assertThat(tmp.resolve("c/carve-orders-source.json")).exists();
        assertThat(tmp.resolve("c/carve-orders-sink-public-orders.json")).exists();
    }

    @Test
    void aCorruptConfigIsBadInputNamingFileLineAndKey() throws IOException {
        Path config = Files.writeString(tmp.resolve("carve-sync.yaml"), "name: orders\ntables:\n  - nmae: orders\n");
        assertThat(carve("sync", "verify", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("carve-sync.yaml:3").contains("missing required key 'tables[0].name'");
    }

    @Test
    void verifyRefusesEmbeddedSidesWithTheReason() throws IOException {
        Path config = Files.writeString(tmp.resolve("carve-sync.yaml"), "name: orders\ntables: [{name: orders}]\n");
        assertThat(carve("sync", "verify", "--config", config.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("needs source.url and target.url");
    }
}
