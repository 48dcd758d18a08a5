package dev.carve.extractor.modulith;

import java.nio.file.Path;
import java.util.List;

/**
 * What one run of {@link ModulithExtractor} changed (or, with {@code --dry-run}, would change).
 *
 * @param module the module
 * @param modulePackage the package its classes now live in ({@code internal} below it for non-API classes)
 * @param moves the classes moved, as {@code old -> new} fully qualified names
 * @param changed files rewritten in place (relative to the project)
 * @param created files created, moved files at their new place included
 * @param deleted files removed, moved files at their old place
 * @param todo the to-do items written to {@code extraction-todo.md}, for every extracted module
 * @param notes things the user should know (class kept in place, branch created)
 * @param dryRun whether nothing was written
 */
public record ModulithResult(
        String module,
        String modulePackage,
        List<Move> moves,
        List<Path> changed,
        List<Path> created,
        List<Path> deleted,
        List<TodoItem> todo,
        List<String> notes,
        boolean dryRun) {

    public ModulithResult {
        moves = List.copyOf(moves);
        changed = List.copyOf(changed);
        created = List.copyOf(created);
        deleted = List.copyOf(deleted);
        todo = List.copyOf(todo);
        notes = List.copyOf(notes);
    }

    /** Nothing to do: a second run over an already extracted module. */
    public boolean unchanged() {
        return moves.isEmpty() && changed.isEmpty() && created.isEmpty() && deleted.isEmpty();
    }

    /**
     * One class moved.
     *
     * @param from its old fully qualified name
     * @param to its new one
     * @param api whether it stays visible to other modules (referenced from outside the module)
     */
    public record Move(String from, String to, boolean api) {}
}
