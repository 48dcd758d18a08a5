package dev.carve.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The data directory of an embedded PostgreSQL the demo had started (through the sample or a service). Closing it
 * stops a server that outlived its JVM (the postmaster named in {@code postmaster.pid}) and deletes the directory, so
 * no database is left behind even when a process died without its shutdown hooks.
 */
record DatabaseDir(String what, Path dir) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        postmaster().ifPresent(DatabaseDir::stop);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private Optional<ProcessHandle> postmaster() {
        Path pidFile = dir.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            String first =
                    Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            // only a live postgres process: after a crash the pid may since belong to something else
            return first.matches("\\d+")
                    ? ProcessHandle.of(Long.parseLong(first))
                            .filter(p -> p.info().command().orElse("").contains("postgres"))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void stop(ProcessHandle postgres) {
        // SIGTERM is PostgreSQL's "smart" shutdown; if clients keep it up, force it after a while
        postgres.destroy();
        try {
            postgres.onExit().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            postgres.destroyForcibly();
        }
    }
}
