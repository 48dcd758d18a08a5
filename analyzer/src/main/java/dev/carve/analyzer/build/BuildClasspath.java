package dev.carve.analyzer.build;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the project's own Maven ({@code ./mvnw} if present, else {@code mvn}) for its full dependency classpath,
 * with a timeout. Optional: any failure returns an empty list and a reason, never an exception, since the
 * analysis works without library jars (it then counts more unresolved references).
 */
public final class BuildClasspath {
    private static final Logger LOG = LoggerFactory.getLogger(BuildClasspath.class);

    private BuildClasspath() {}

    /** The outcome: jars found, or why none were. */
    public record Result(List<Path> jars, String failure) {}

    public static Result resolve(ProjectLayout layout, long timeoutSeconds) {
        if (layout.tool() != BuildTool.MAVEN) {
            return new Result(
                    List.of(), "only Maven projects can list their classpath (this is " + layout.tool() + ")");
        }
        Path root = layout.root();
        Path wrapper = root.resolve("mvnw");
        String maven = Files.isExecutable(wrapper) ? wrapper.toString() : "mvn";
        Path out;
        try {
            out = Files.createTempFile("carve-classpath", ".txt");
        } catch (IOException e) {
            return new Result(List.of(), "no temporary file: " + e.getMessage());
        }
        List<Path> outputs = new ArrayList<>();
        try {
            Process p = new ProcessBuilder(
                            maven,
                            "-B",
                            "-q",
                            "-ntp",
                            "dependency:build-classpath",
                            "-Dmdep.outputFile=" + out,
                            "-Dmdep.appendOutput=true",
                            "-Dmdep.includeScope=compile")
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(
                        List.of(), maven + " dependency:build-classpath took longer than " + timeoutSeconds + " s");
            }
            if (p.exitValue() != 0) {
                return new Result(List.of(), maven + " dependency:build-classpath failed (exit " + p.exitValue() + ")");
            }
            LinkedHashSet<Path> jars = new LinkedHashSet<>();
            for (String line : Files.readAllLines(out)) {
                for (String entry : line.split(File.pathSeparator)) {
                    if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
                        jars.add(Path.of(entry));
                    }
                }
            }
            outputs.addAll(jars);
            return new Result(outputs, "");
        } catch (IOException e) {
            return new Result(List.of(), "cannot run " + maven + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(List.of(), "interrupted");
        } finally {
            try {
                Files.deleteIfExists(out);
            } catch (IOException e) {
                LOG.debug("could not delete {}", out, e);
            }
        }
    }
}
