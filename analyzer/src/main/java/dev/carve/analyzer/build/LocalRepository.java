package dev.carve.analyzer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the jars of a Maven project's declared dependencies in the local repository ({@code ~/.m2/repository}, or
 * {@code -Dmaven.repo.local}) without running Maven. Best effort and offline: a version managed elsewhere (a BOM,
 * a parent outside the reactor) falls back to the newest version present locally; a jar not present is skipped.
 * Only direct dependencies are found; symbol solving stays partial for the rest and counts what it cannot resolve.
 */
final class LocalRepository {
    private LocalRepository() {}

    static Path location() {
        String configured = System.getProperty("maven.repo.local");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    static List<Path> jarsFor(List<MavenPom> poms) {
        Path repo = location();
        if (!Files.isDirectory(repo)) {
            return List.of();
        }
        Set<String> reactor = new java.util.HashSet<>();
        Map<String, String> props = new HashMap<>();
        for (MavenPom pom : poms) {
            reactor.add(pom.groupId() + ":" + pom.artifactId());
            pom.properties().forEach(props::putIfAbsent);
        }
        LinkedHashSet<Path> jars = new LinkedHashSet<>();
        for (MavenPom pom : poms) {
            for (MavenPom.Coordinates d : pom.dependencies()) {
                String group = pom.interpolate(d.groupId(), props);
                String artifact = pom.interpolate(d.artifactId(), props);
                if (d.scope().equals("test")
                        || !(d.type().isEmpty() || d.type().equals("jar"))
                        || reactor.contains(group + ":" + artifact)
                        || group.contains("${")) {
                    continue;
                }
                String version = pom.interpolate(d.version(), props);
                Path dir = repo.resolve(group.replace('.', '/')).resolve(artifact);
                jar(dir, artifact, version).ifPresent(jars::add);
            }
        }
        return new ArrayList<>(jars);
    }

    private static java.util.Optional<Path> jar(Path artifactDir, String artifact, String version) {
        if (version != null && !version.isEmpty() && !version.contains("${")) {
            Path jar = artifactDir.resolve(version).resolve(artifact + "-" + version + ".jar");
            if (Files.isRegularFile(jar)) {
                return java.util.Optional.of(jar);
            }
        }
        if (!Files.isDirectory(artifactDir)) {
            return java.util.Optional.empty();
        }
        try (Stream<Path> versions = Files.list(artifactDir)) {
            return versions.filter(Files::isDirectory)
                    .sorted(Comparator.comparing(
                                    (Path p) -> p.getFileName().toString(), LocalRepository::compareVersions)
                            .reversed())
                    .map(v -> v.resolve(artifact + "-" + v.getFileName() + ".jar"))
                    .filter(Files::isRegularFile)
                    .findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Numeric-aware version comparison, good enough to pick the newest of a few local versions. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[.\\-]");
        String[] y = b.split("[.\\-]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean xn = x[i].chars().allMatch(Character::isDigit) && !x[i].isEmpty();
            boolean yn = y[i].chars().allMatch(Character::isDigit) && !y[i].isEmpty();
            int c = xn && yn
                    ? Long.compare(
                            Long.parseLong(x[i].length() > 18 ? "0" : x[i]),
                            Long.parseLong(y[i].length() > 18 ? "0" : y[i]))
                    : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
