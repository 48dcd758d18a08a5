package dev.carve.analyzer.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one kind of entry-point invocation touched at runtime (Mono2Micro calls this a business context).
 *
 * @param name the context's name: an entry point id, a use-case name from a trace, a trace root
 * @param entryPoint the matching {@link EntryPoint#id()} when known, else empty
 * @param invocations how many invocations were recorded
 * @param classCalls application type to the number of calls into it within this context
 * @param tablesRead tables read within this context
 * @param tablesWritten tables written within this context
 */
public record BusinessContext(
        String name,
        String entryPoint,
        long invocations,
        Map<String, Long> classCalls,
        Set<String> tablesRead,
        Set<String> tablesWritten) {

    public BusinessContext {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entryPoint, "entryPoint");
        classCalls = Map.copyOf(classCalls);
        tablesRead = Set.copyOf(tablesRead);
        tablesWritten = Set.copyOf(tablesWritten);
    }

    public Set<String> classes() {
        return classCalls.keySet();
    }
}
