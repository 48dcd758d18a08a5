package dev.carve.analyzer.git;

/**
 * How co-change is mined.
 *
 * @param window how many of the most recent commits (first-parent walk from HEAD) are read
 * @param maxFilesPerCommit commits touching more source files than this are skipped (mass reformatting, merges of
 *     long branches, license headers): they say nothing about which classes belong together
 * @param minCount pairs changed together fewer times than this are dropped as noise
 */
public record CoChangeOptions(int window, int maxFilesPerCommit, int minCount) {
    public CoChangeOptions {
        if (window < 1 || maxFilesPerCommit < 2 || minCount < 1) {
            throw new IllegalArgumentException("window >= 1, maxFilesPerCommit >= 2, minCount >= 1 expected");
        }
    }

    public static CoChangeOptions defaults() {
        return new CoChangeOptions(1000, 30, 2);
    }

    public CoChangeOptions withWindow(int commits) {
        return new CoChangeOptions(commits, maxFilesPerCommit, minCount);
    }

    public CoChangeOptions withMaxFilesPerCommit(int files) {
        return new CoChangeOptions(window, files, minCount);
    }

    public CoChangeOptions withMinCount(int count) {
        return new CoChangeOptions(window, maxFilesPerCommit, count);
    }
}
