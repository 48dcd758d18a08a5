package dev.carve.cli.suggest;

import static dev.carve.cli.testing.CliRun.carve;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.proposal.ProposalJson;
import dev.carve.cli.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundary commands as a user runs them: real files in, exit codes and output out. */
class BoundaryCommandsTest {
    private static Path tmp;
    private static final Path BENCH = shared().resolve("benchmarks");

    private static Path shared() {
        // set by the build (carve.shared, default ${carve.root}/testdata/shared; see testdata/shared/ORIGIN.md)
        return Path.of(System.getProperty("carve.shared", "testdata/shared"))
                .toAbsolutePath()
                .normalize();
    }

    @BeforeAll
    static void dirs() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        tmp = Files.createTempDirectory("boundary-commands");
    }

    @Test
    void suggestsFromTracesAndScoresTheProposal() {
        Path out = tmp.resolve("acmeair-proposal.json");
        CliRun suggest =
                carve("suggest", "-q", "--traces", BENCH.resolve("acmeair").toString(), "--out", out.toString());
        assertThat(suggest.exit()).as(suggest.err()).isZero();
        assertThat(suggest.out()).contains("modules recommended").contains("Extraction order");
        assertThat(ProposalJson.read(out).modules()).isNotEmpty();
        CliRun score = carve(
                "score",
                "-q",
                out.toString(),
                "--traces",
                BENCH.resolve("acmeair").toString());
        assertThat(score.exit()).as(score.err()).isZero();
        assertThat(score.out()).contains("| BCP |").contains("| ICP |");
    }

    @Test
    void scoresMonoMicrosAcmeAirPartitionToTheGoldenFigures() {
        CliRun r = carve(
                "score",
                "-q",
                BENCH.resolve("acmeair/m2m_partition_k5.json").toString(),
                "--traces",
                BENCH.resolve("acmeair").toString(),
                "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().replace(" ", ""))
                .contains("\"BCP\":1.636", "\"ICP\":0.527", "\"SM\":0.085", "\"IFN\":5.6", "\"NED\":0.357");
    }

    @Test
    void badTruthFileGivesLineAndExitTwo() throws Exception {
        Path rsf = tmp.resolve("bad.rsf");
        Files.writeString(rsf, "contain a A\nthis is not rsf\n");
        CliRun r = carve(
                "score", BENCH.resolve("jpetstore/cogcn_partition_k9.json").toString(), "--truth", rsf.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.rsf:2");
    }

    @Test
    void checkFailsOnlyOnNewCrossBoundaryDependencies() throws Exception {
        Path src = tmp.resolve("shop/src/main/java/com/shop");
        write(
                src.resolve("order/OrderService.java"),
                "package com.shop.order; public class OrderService {"
                        + " private final OrderRepo repo = new OrderRepo(); public int place() { return repo.save(); } }");
        write(
                src.resolve("order/OrderRepo.java"),
                "package com.shop.order; public class OrderRepo {"
                        + " public int save() { return new com.shop.customer.CustomerLookup().find(); } }");
        write(
                src.resolve("customer/CustomerLookup.java"),
                "package com.shop.customer; public class CustomerLookup {"
                        + " private final CustomerRepo repo = new CustomerRepo(); public int find() { return repo.load(); } }");
        write(
                src.resolve("customer/CustomerRepo.java"),
                "package com.shop.customer; public class CustomerRepo {" + " public int load() { return 1; } }");
        Path root = tmp.resolve("shop");
        Path proposal = tmp.resolve("shop-proposal.json");
        Path baseline = tmp.resolve("shop-baseline.json");
        CliRun s = carve("suggest", "-q", "--source", root.toString(), "--out", proposal.toString(), "--modules", "2");
        assertThat(s.exit()).as(s.err() + s.out()).isZero();
        CliRun freeze = carve(
                "check",
                "-q",
                "--source",
                root.toString(),
                "--proposal",
                proposal.toString(),
                "--baseline",
                baseline.toString(),
                "--update-baseline");
        assertThat(freeze.exit()).as(freeze.err()).isZero();
        CliRun clean = carve(
                "check",
                "-q",
                "--source",
                root.toString(),
                "--proposal",
                proposal.toString(),
                "--baseline",
                baseline.toString());
        assertThat(clean.exit()).as(clean.err() + clean.out()).isZero();
        write(
                src.resolve("customer/CustomerRepo.java"),
                "package com.shop.customer; public class CustomerRepo {"
                        + " public int load() { return new com.shop.order.OrderRepo().hashCode(); } }");
        CliRun dirty = carve(
                "check",
                "-q",
                "--source",
                root.toString(),
                "--proposal",
                proposal.toString(),
                "--baseline",
                baseline.toString());
        assertThat(dirty.exit()).as(dirty.err() + dirty.out()).isEqualTo(1);
        assertThat(dirty.out()).contains("NEW com.shop.customer.CustomerRepo");
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void suggestsFromTheStoreThatAnalyzeWrote() throws Exception {
        Path project = tmp.resolve("store-shop");
        writeClass(project, "OrderController", "private final OrderService orders = new OrderService();");
        writeClass(project, "OrderService", "private final OrderRepository repository = new OrderRepository();");
        writeClass(project, "OrderRepository", "");
        writeClass(project, "CatalogController", "private final CatalogService catalog = new CatalogService();");
        writeClass(project, "CatalogService", "private final OrderService orders = new OrderService();");
        Path store = tmp.resolve("store-shop-graph");
        CliRun analyze = carve("analyze", project.toString(), "--store", store.toString(), "-q", "--no-cache");
        assertThat(analyze.exit()).as(analyze.err()).isZero();

        CliRun suggest = carve("suggest", "-q", "--store", store.toString());

        assertThat(suggest.exit()).as(suggest.err()).isZero();
        Path proposal = store.getParent().resolve("carve-proposal.json");
        assertThat(ProposalJson.read(proposal).modules()).isNotEmpty();
    }

    @Test
    void suggestWithoutAnAnalyzedStoreSaysToRunAnalyzeFirst() {
        CliRun suggest =
                carve("suggest", "-q", "--store", tmp.resolve("never-analyzed").toString());

        assertThat(suggest.exit()).isEqualTo(2);
        assertThat(suggest.err()).contains("never-analyzed").contains("carve analyze");
        assertThat(tmp.resolve("never-analyzed")).doesNotExist();
    }

    private static void writeClass(Path project, String name, String body) throws Exception {
        Path file = project.resolve("src/main/java/shop/" + name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package shop;\n\npublic class " + name + " {\n    " + body + "\n}\n");
    }
}
