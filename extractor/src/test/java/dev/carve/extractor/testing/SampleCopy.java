package dev.carve.extractor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/** A throwaway copy of the sample monolith under git, and its Maven build run offline through the repo's wrapper. */
public final class SampleCopy {
    private SampleCopy() {}

    public static Path root() {
        return Path.of(System.getProperty("carve.root", "..")).toAbsolutePath().normalize();
    }

    public static Path proposal() {
        return Path.of("src/test/resources/sample/carve-proposal.json");
    }

    /** An empty directory at {@code dir}, deleting what an earlier run left there. */
    public static Path fresh(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p :
                            walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
            return dir.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies sources, pom and oracle (no target/) into {@code dir}/sample and commits them to a new repository. */
    public static Path create(Path dir) {
        Path from = root().resolve("sample-monolith");
        Path to = dir.resolve("sample");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file :
                    walk.filter(p -> !from.relativize(p).startsWith("target")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(to.resolve(".gitignore"), "target/\n");
            commit(to, "sample monolith");
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void commit(Path repo, String message) {
        try (Git git = Files.isDirectory(repo.resolve(".git"))
                ? Git.open(repo.toFile())
                : Git.init()
                        .setDirectory(repo.toFile())
                        .setInitialBranch("main")
                        .call()) {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            git.commit()
                    .setMessage(message)
                    .setAuthor("carve-test", "test@carve.dev")
                    .setCommitter("carve-test", "test@carve.dev")
                    .setSign(false)
                    .call();
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException("git commit in " + repo + " failed", e);
        }
    }

    /**
     * {@code -o} when {@code -Dcarve.maven.offline=true} was given to the build running the tests (root pom), nothing
     * otherwise: on a fresh machine an online build fetches what the copy or a generated service needs.
     */
    public static List<String> offlineFlag() {
        return Boolean.getBoolean("carve.maven.offline") ? List.of("-o") : List.of();
    }

    /** Runs the copy's Maven build with the repository's wrapper (offline with -Dcarve.maven.offline=true); exit code and log. */
    public static Result maven(Path project, List<String> args) {
        Path log = project.resolve("carve-maven.log");
        List<String> command = new java.util.ArrayList<>(List.of(
                root().resolve("mvnw").toString(),
                "-B",
                "-ntp",
                "-f",
                project.resolve("pom.xml").toString()));
        command.addAll(offlineFlag());
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command)
                    .directory(project.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the sample's Maven build did not finish; log: " + log);
            }
            return new Result(process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Exit code and output of a Maven run. */
    public record Result(int exitCode, String log) {
        public String tail() {
            String[] lines = log.split("\n");
            return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 80), lines.length));
        }
    }
}
