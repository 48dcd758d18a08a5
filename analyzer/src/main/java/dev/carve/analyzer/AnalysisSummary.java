package dev.carve.analyzer;

import dev.carve.analyzer.model.AnalysisProblem;
import java.util.List;
import java.util.Map;

/**
 * What an analysis found and cost, for the command's summary (text or JSON).
 *
 * @param input the analyzed path
 * @param build how the input was organised (MAVEN, GRADLE, SOURCE_TREE, BINARIES)
 * @param modules build modules found
 * @param sourceFiles Java files found
 * @param analyzedFiles files analyzed in this run
 * @param cachedFiles files whose facts came from the cache
 * @param resourceFiles SQL/XML/YAML files read for schema, mappers and descriptors
 * @param types application types (not external, unresolved or test)
 * @param testTypes test types
 * @param methods declared methods and constructors
 * @param tables tables
 * @param entryPoints entry points
 * @param dependencies dependency edges by kind
 * @param tableAccesses table accesses by READ/WRITE
 * @param unresolvedReferences references that could not be resolved, counted per occurrence
 * @param problems problems by kind
 * @param problemList every problem with its location
 * @param store where the graph was written
 * @param seconds wall-clock time
 */
public record AnalysisSummary(
        String input,
        String build,
        int modules,
        int sourceFiles,
        int analyzedFiles,
        int cachedFiles,
        int resourceFiles,
        long types,
        long testTypes,
        int methods,
        int tables,
        int entryPoints,
        Map<String, Long> dependencies,
        Map<String, Long> tableAccesses,
        int unresolvedReferences,
        Map<String, Long> problems,
        List<AnalysisProblem> problemList,
        String store,
        double seconds) {

    public AnalysisSummary {
        dependencies = Map.copyOf(dependencies);
        tableAccesses = Map.copyOf(tableAccesses);
        problems = Map.copyOf(problems);
        problemList = List.copyOf(problemList);
    }

    public long totalDependencies() {
        return dependencies.values().stream().mapToLong(Long::longValue).sum();
    }
}
