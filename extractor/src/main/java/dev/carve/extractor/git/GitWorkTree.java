package dev.carve.extractor.git;

import dev.carve.extractor.ExtractionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** The git work tree a project lives in, through JGit. */
public final class GitWorkTree {
    private final Path project;
    private final Optional<Repository> repository;

    private GitWorkTree(Path project, Optional<Repository> repository) {
        this.project = project;
        this.repository = repository;
    }

    public static GitWorkTree of(Path project) {
        Path dir = project.toAbsolutePath().normalize();
        FileRepositoryBuilder builder =
                new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            return new GitWorkTree(dir, Optional.empty());
        }
        try {
            return new GitWorkTree(dir, Optional.of(builder.build()));
        } catch (IOException e) {
            throw ExtractionException.badInput(dir + ": the git repository cannot be read: " + e.getMessage());
        }
    }

    /**
     * Refuses to go on when the project has uncommitted changes or is not under git, unless forced: Carve rewrites
     * sources in place and the user must be able to see and undo what it did.
     */
    public void requireClean(boolean force, String action) {
        if (force) {
            return;
        }
        if (repository.isEmpty()) {
            throw ExtractionException.badInput(project + " is not in a git work tree, so " + action + " could not be"
                    + " undone. Commit the project to git first, or pass --force. Nothing was written.");
        }
        Set<String> dirty = uncommitted();
        if (!dirty.isEmpty()) {
            throw ExtractionException.badInput(project + " has " + dirty.size() + " uncommitted change(s), e.g. "
                    + String.join(", ", dirty.stream().limit(5).toList()) + ". Commit or stash them before "
                    + action + ", or pass --force. Nothing was written.");
        }
    }

    /** Paths (relative to the repository) with uncommitted or untracked changes under the project. */
    public Set<String> uncommitted() {
        Repository repo = repository.orElseThrow();
        try (Git git = new Git(repo)) {
            StatusCommand status = git.status();
            String relative = relative(repo);
            if (!relative.isEmpty()) {
                status.addPath(relative);
            }
            Status result = status.call();
            Set<String> out = new TreeSet<>();
            out.addAll(result.getUncommittedChanges());
            out.addAll(result.getUntracked());
            return out;
        } catch (GitAPIException e) {
            throw ExtractionException.internal("git status failed in " + project + ": " + e.getMessage(), e);
        }
    }

    /** Creates the branch at HEAD and checks it out. */
    public void checkoutNewBranch(String name) {
        Repository repo = repository.orElseThrow(() -> ExtractionException.badInput(project + " is not in a git"
                + " work tree, so --branch " + name + " cannot be created. Nothing was written."));
        try (Git git = new Git(repo)) {
            if (repo.findRef("refs/heads/" + name) != null) {
                throw ExtractionException.badInput("git branch '" + name + "' already exists in " + repo.getWorkTree()
                        + "; pick another --branch name or delete it. Nothing was written.");
            }
            git.checkout().setCreateBranch(true).setName(name).call();
        } catch (GitAPIException | IOException e) {
            throw ExtractionException.badInput("cannot create git branch '" + name + "': " + e.getMessage());
        }
    }

    private String relative(Repository repo) {
        Path root = repo.getWorkTree().toPath().toAbsolutePath().normalize();
        return root.relativize(project).toString().replace('\\', '/');
    }
}
