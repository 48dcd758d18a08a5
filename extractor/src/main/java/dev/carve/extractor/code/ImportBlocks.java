package dev.carve.extractor.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps import blocks sorted after a rewrite: the lexical-preserving printer appends new imports at the end and a
 * renamed import stays where it was. Runs of consecutive {@code import} lines are sorted by name, but only when
 * every run was sorted in the original text, so a project with its own import order keeps it.
 */
public final class ImportBlocks {
    private static final Comparator<String> BY_NAME = Comparator.comparing(ImportBlocks::name);

    private ImportBlocks() {}

    public static String sortLike(String original, String rewritten) {
        List<String> lines = new ArrayList<>(rewritten.lines().toList());
        spaceHeader(lines);
        if (!runs(original.lines().toList()).stream().allMatch(ImportBlocks::sorted)) {
            String out = String.join("\n", lines);
            return rewritten.endsWith("\n") ? out + "\n" : out;
        }
        for (int[] run : ranges(lines)) {
            List<String> block = new ArrayList<>(lines.subList(run[0], run[1]));
            block.sort(BY_NAME);
            for (int i = 0; i < block.size(); i++) {
                lines.set(run[0] + i, block.get(i));
            }
        }
        String out = String.join("\n", lines);
        return rewritten.endsWith("\n") ? out + "\n" : out;
    }

    /**
     * One blank line between the package declaration and the imports and after the imports: an import added to a
     * file that had none lands right under the package line.
     */
    private static void spaceHeader(List<String> lines) {
        int pkg = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("package ")) {
                pkg = i;
                break;
            }
        }
        List<int[]> ranges = ranges(lines);
        if (pkg < 0 || ranges.isEmpty()) {
            return;
        }
        int last = ranges.get(ranges.size() - 1)[1];
        int blanks = 0;
        while (last + blanks < lines.size() && lines.get(last + blanks).isBlank()) {
            blanks++;
        }
        for (int i = 1; i < blanks; i++) {
            lines.remove(last);
        }
        if (blanks == 0 && last < lines.size()) {
            lines.add(last, "");
        }
        if (ranges.get(0)[0] == pkg + 1) {
            lines.add(pkg + 1, "");
        }
    }

    private static List<List<String>> runs(List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        for (int[] run : ranges(lines)) {
            out.add(lines.subList(run[0], run[1]));
        }
        return out;
    }

    private static List<int[]> ranges(List<String> lines) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean isImport = i < lines.size() && lines.get(i).startsWith("import ");
            if (isImport && start < 0) {
                start = i;
            } else if (!isImport && start >= 0) {
                out.add(new int[] {start, i});
                start = -1;
            }
        }
        return out;
    }

    private static boolean sorted(List<String> run) {
        for (int i = 1; i < run.size(); i++) {
            if (BY_NAME.compare(run.get(i - 1), run.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code import static a.b.C.x;} sorts as {@code static a.b.C.x}, so static imports keep their own group. */
    private static String name(String line) {
        return line.substring("import ".length()).replace(";", "").trim();
    }
}
