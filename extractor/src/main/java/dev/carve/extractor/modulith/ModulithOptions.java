package dev.carve.extractor.modulith;

import java.nio.file.Path;

/**
 * What {@link ModulithExtractor} is asked to do.
 *
 * @param project the monolith's Maven project directory (holding {@code pom.xml} and {@code src/main/java})
 * @param proposal the {@code carve-proposal.json} to take the module from
 * @param module the proposed module's name
 * @param dryRun compute and report the changes, write nothing
 * @param force rewrite even when the git work tree has uncommitted changes (or is not under git)
 * @param branch create and check out this git branch before writing; empty to write on the current branch
 */
public record ModulithOptions(
        Path project, Path proposal, String module, boolean dryRun, boolean force, String branch) {

    public ModulithOptions {
        branch = branch == null ? "" : branch;
    }

    public static ModulithOptions of(Path project, Path proposal, String module) {
        return new ModulithOptions(project, proposal, module, false, false, "");
    }

    public ModulithOptions withDryRun(boolean value) {
        return new ModulithOptions(project, proposal, module, value, force, branch);
    }

    public ModulithOptions withForce(boolean value) {
        return new ModulithOptions(project, proposal, module, dryRun, value, branch);
    }

    public ModulithOptions withBranch(String value) {
        return new ModulithOptions(project, proposal, module, dryRun, force, value);
    }
}
