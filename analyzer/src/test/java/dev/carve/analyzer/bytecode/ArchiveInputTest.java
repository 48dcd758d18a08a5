package dev.carve.analyzer.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.Fixtures;
import dev.carve.analyzer.Progress;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.TableNode;
import dev.carve.analyzer.model.TypeNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carve analyze app.jar|app.war|app.ear}: the application's classes, not its libraries. */
class ArchiveInputTest {
    private static final String PKG = Fixtures.PACKAGE;

    @TempDir
    Path dir;

    @Test
    void readsAJarLikeTheClassesFolderItWasBuiltFrom() throws IOException {
        Path jar = BytecodeFixtures.write(
                dir.resolve("app.jar"), BytecodeFixtures.jar("", List.of("entrypoints", "data")));

        CodeGraph g = BytecodeFixtures.analysis().analyze(jar, Progress.NONE).graph();

        assertThat(applicationTypes(g))
                .contains(PKG + "entrypoints.OrderController", PKG + "data.PurchaseOrder")
                .noneMatch(n -> n.startsWith(PKG + "calls."));
        assertThat(g.entryPoints().stream().map(EntryPoint::id)).contains("GET /api/orders/{id}", "SERVLET /legacy/*");
        assertThat(g.tables().stream().map(TableNode::name)).contains("orders", "customer", "order_line");
        assertThat(g.type(PKG + "entrypoints.OrderController")
                        .orElseThrow()
                        .location()
                        .file())
                .isEqualTo("app.jar!/dev/carve/analyzer/fixtures/entrypoints/OrderController.class");
        CodeGraph fromFolders = BytecodeFixtures.graph("entrypoints");
        assertThat(g.dependencies().stream()
                        .filter(d -> d.from().startsWith(PKG + "entrypoints."))
                        .map(d -> d.key()))
                .containsExactlyInAnyOrderElementsOf(
                        fromFolders.dependencies().stream().map(d -> d.key()).toList());
    }

    @Test
    void readsAWarsOwnClassesButNotItsLibraries() throws IOException {
        Path war = BytecodeFixtures.write(dir.resolve("shop.war"), war());

        CodeGraph g = BytecodeFixtures.analysis().analyze(war, Progress.NONE).graph();

        assertThat(applicationTypes(g))
                .contains(PKG + "entrypoints.CatalogResource")
                .noneMatch(n -> n.startsWith(PKG + "calls."));
        assertThat(g.type(PKG + "entrypoints.CatalogResource")
                        .orElseThrow()
                        .location()
                        .file())
                .startsWith("shop.war!/WEB-INF/classes/");
        assertThat(g.entryPoints().stream().map(EntryPoint::id)).contains("GET /catalog/{sku}", "POST /catalog");
    }

    @Test
    void readsTheModulesOfAnEarButNotItsSharedLibraries() throws IOException {
        ByteArrayOutputStream ear = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(ear)) {
            BytecodeFixtures.entry(zip, "META-INF/application.xml", "<application/>".getBytes(StandardCharsets.UTF_8));
            BytecodeFixtures.entry(zip, "shop.war", war());
            BytecodeFixtures.entry(zip, "orders-ejb.jar", BytecodeFixtures.jar("", List.of("data")));
            BytecodeFixtures.entry(zip, "lib/shared.jar", BytecodeFixtures.jar("", List.of("structure")));
        }
        Path file = BytecodeFixtures.write(dir.resolve("shop.ear"), ear.toByteArray());

        CodeGraph g = BytecodeFixtures.analysis().analyze(file, Progress.NONE).graph();

        assertThat(applicationTypes(g))
                .contains(PKG + "entrypoints.OrderController", PKG + "data.Customer")
                .noneMatch(n -> n.startsWith(PKG + "structure.") || n.startsWith(PKG + "calls."));
        assertThat(g.type(PKG + "data.Customer").orElseThrow().location().file())
                .isEqualTo("shop.ear!/orders-ejb.jar!/dev/carve/analyzer/fixtures/data/Customer.class");
    }

    @Test
    void reportsABrokenArchiveAndReadsTheOthers() throws IOException {
        Files.createDirectories(dir.resolve("libs"));
        BytecodeFixtures.write(dir.resolve("libs/good.jar"), BytecodeFixtures.jar("", List.of("calls")));
        Files.writeString(dir.resolve("libs/broken.jar"), "this is not a zip file");
        Files.writeString(dir.resolve("libs/Broken.class"), "not a class either");

        CodeGraph g = BytecodeFixtures.analysis()
                .analyze(dir.resolve("libs"), Progress.NONE)
                .graph();

        assertThat(applicationTypes(g)).contains(PKG + "calls.Ledger", PKG + "calls.Accountant");
        assertThat(g.problems())
                .anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.BROKEN_ARCHIVE);
                    assertThat(p.location().file()).isEqualTo("broken.jar");
                })
                .anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.UNREADABLE_FILE);
                    assertThat(p.location().file()).endsWith("Broken.class");
                });
    }

    private static byte[] war() throws IOException {
        ByteArrayOutputStream war = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(war)) {
            BytecodeFixtures.entry(zip, "WEB-INF/web.xml", "<web-app/>".getBytes(StandardCharsets.UTF_8));
            BytecodeFixtures.addClasses(zip, "WEB-INF/classes/", List.of("entrypoints"));
            BytecodeFixtures.entry(zip, "WEB-INF/lib/calls.jar", BytecodeFixtures.jar("", List.of("calls")));
        }
        return war.toByteArray();
    }

    private static List<String> applicationTypes(CodeGraph g) {
        return g.applicationTypes().map(TypeNode::name).toList();
    }
}
