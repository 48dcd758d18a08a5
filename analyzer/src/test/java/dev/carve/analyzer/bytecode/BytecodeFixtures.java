package dev.carve.analyzer.bytecode;

import dev.carve.analyzer.Analysis;
import dev.carve.analyzer.AnalysisOptions;
import dev.carve.analyzer.Fixtures;
import dev.carve.analyzer.Progress;
import dev.carve.analyzer.model.CodeGraph;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The scenario fixtures as the test build compiled them, and archives made of them, read by the bytecode reader. */
final class BytecodeFixtures {
    private static final Map<String, CodeGraph> GRAPHS = new ConcurrentHashMap<>();

    private BytecodeFixtures() {}

    /** The compiled classes of one scenario: {@code target/test-classes/dev/carve/analyzer/fixtures/<scenario>}. */
    static Path classes(String scenario) {
        return testClasses().resolve("dev/carve/analyzer/fixtures").resolve(scenario);
    }

    static Path testClasses() {
        return Fixtures.root().resolve("target/test-classes");
    }

    static Analysis analysis() {
        return new Analysis(AnalysisOptions.defaults(), List.of(new BytecodeReader()), List.of());
    }

    static CodeGraph graph(String scenario) {
        return GRAPHS.computeIfAbsent(
                scenario, s -> analysis().analyze(classes(s), Progress.NONE).graph());
    }

    /** Writes a zip whose entries are the class files under {@code classesRoot/<package dirs>}, prefixed. */
    static void addClasses(ZipOutputStream zip, String prefix, List<String> scenarios) throws IOException {
        for (String scenario : scenarios) {
            Path dir = classes(scenario);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String entry =
                            prefix + testClasses().relativize(f).toString().replace('\\', '/');
                    zip.putNextEntry(new ZipEntry(entry));
                    zip.write(Files.readAllBytes(f));
                    zip.closeEntry();
                }
            }
        }
    }

    static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A jar of the given scenarios' classes. */
    static byte[] jar(String prefix, List<String> scenarios) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(
                    zip,
                    "META-INF/MANIFEST.MF",
                    "Manifest-Version: 1.0\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            addClasses(zip, prefix, scenarios);
        }
        return bytes.toByteArray();
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }
}
