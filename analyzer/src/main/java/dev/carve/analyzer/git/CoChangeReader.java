package dev.carve.analyzer.git;

import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Mines git history for classes changed in the same commits: {@code CO_CHANGE} dependencies between the types of
 * the analyzed graph, weighted by the number of commits that changed both (undirected: stored once, from the
 * lexically smaller name). Files are mapped to types through the types' source locations.
 */
public final class CoChangeReader {
    private CoChangeReader() {}

    /**
     * @param root the analyzed root (types' locations are relative to it)
     * @param graph the graph whose source types the history is mapped onto
     */
    public static CodeGraph read(Path root, CodeGraph graph, CoChangeOptions options) {
        return read(root, graph, options, null);
    }

    /** As {@link #read(Path, CodeGraph, CoChangeOptions)}, not looking for a repository above {@code ceiling}. */
    static CodeGraph read(Path root, CodeGraph graph, CoChangeOptions options, Path ceiling) {
        CodeGraph.Builder out = CodeGraph.builder();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment();
        if (ceiling != null) {
            builder.addCeilingDirectory(ceiling.toFile());
        }
        builder.findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            out.problem(new AnalysisProblem(
                    ProblemKind.CONFIGURATION,
                    "--git: " + root + " is not inside a git repository; no co-change computed",
                    SourceLocation.UNKNOWN));
            return out.build();
        }
        try (Repository repo = builder.build()) {
            Path top = repo.getWorkTree().toPath().toAbsolutePath().normalize();
            Map<String, List<String>> typesByFile = typesByRepoPath(root, top, graph);
            Map<String, Integer> pairs = new HashMap<>();
            int commits = walk(repo, options, typesByFile, pairs);
            pairs.forEach((pair, count) -> {
                if (count >= options.minCount()) {
                    String[] ab = pair.split("\n");
                    out.dependency(new Dependency(
                            ab[0], ab[1], DependencyKind.CO_CHANGE, count, SourceLocation.UNKNOWN, "", ""));
                }
            });
            out.property("git.commits", Integer.toString(commits));
        } catch (IOException | RuntimeException e) {
            out.problem(new AnalysisProblem(
                    ProblemKind.CONFIGURATION,
                    "--git: cannot read the history: " + e.getMessage(),
                    SourceLocation.UNKNOWN));
        }
        return out.build();
    }

    private static Map<String, List<String>> typesByFile(CodeGraph graph) {
        Map<String, List<String>> byFile = new HashMap<>();
        graph.applicationTypes()
                .filter(t -> t.location().isKnown()
                        && t.location().file().endsWith(".java")
                        && !t.name().contains("$"))
                .forEach(t -> byFile.computeIfAbsent(t.location().file(), f -> new ArrayList<>())
                        .add(t.name()));
        return byFile;
    }

    private static Map<String, List<String>> typesByRepoPath(Path root, Path top, CodeGraph graph) {
        Map<String, List<String>> byRepoPath = new HashMap<>();
        Path base = root.toAbsolutePath().normalize();
        typesByFile(graph).forEach((file, types) -> {
            Path abs = base.resolve(file).normalize();
            if (abs.startsWith(top)) {
                byRepoPath.put(top.relativize(abs).toString().replace('\\', '/'), types);
            }
        });
        return byRepoPath;
    }

    private static int walk(
            Repository repo, CoChangeOptions options, Map<String, List<String>> typesByFile, Map<String, Integer> pairs)
            throws IOException {
        ObjectId head = repo.resolve("HEAD");
        if (head == null) {
            return 0;
        }
        int commits = 0;
        try (RevWalk walk = new RevWalk(repo);
                DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repo);
            diff.setDetectRenames(false);
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                if (commits++ >= options.window()) {
                    break;
                }
                if (commit.getParentCount() == 0) {
                    continue; // the initial import says nothing about what changes together
                }
                Set<String> types = new TreeSet<>();
                int files = 0;
                for (DiffEntry entry : diff.scan(commit.getParent(0).getTree(), commit.getTree())) {
                    String path = entry.getChangeType() == DiffEntry.ChangeType.DELETE
                            ? entry.getOldPath()
                            : entry.getNewPath();
                    if (path.endsWith(".java")) {
                        files++;
                        types.addAll(typesByFile.getOrDefault(path, List.of()));
                    }
                }
                if (files > options.maxFilesPerCommit() || types.size() < 2) {
                    continue;
                }
                List<String> list = new ArrayList<>(types);
                for (int i = 0; i < list.size(); i++) {
                    for (int j = i + 1; j < list.size(); j++) {
                        pairs.merge(list.get(i) + "\n" + list.get(j), 1, Integer::sum);
                    }
                }
            }
        }
        return Math.min(commits, options.window());
    }
}
