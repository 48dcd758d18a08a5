package dev.carve.analyzer.proposal;

import java.util.List;

/**
 * One proposed module.
 *
 * @param name a stable, readable name derived from its members (e.g. {@code order}); unique in the proposal
 * @param members fully qualified class names, sorted
 * @param keywords the domain words most typical of its members, strongest first
 * @param entryPoints ids of the entry points whose handlers are members (or business contexts for trace-only graphs)
 * @param ownedTables tables this module owns
 * @param outgoing its dependencies on other modules, one entry per target module
 * @param incoming other modules' dependencies on it, one entry per source module
 * @param cycles module-level dependency cycles it is part of, each as the module names around the cycle
 * @param rightSizing the evidence for deciding whether it deserves to be a service
 */
public record Module(
        String name,
        List<String> members,
        List<String> keywords,
        List<String> entryPoints,
        List<String> ownedTables,
        List<ModuleDependency> outgoing,
        List<ModuleDependency> incoming,
        List<List<String>> cycles,
        RightSizing rightSizing) {

    public Module {
        name = Lists.text(name);
        members = Lists.copy(members);
        keywords = Lists.copy(keywords);
        entryPoints = Lists.copy(entryPoints);
        ownedTables = Lists.copy(ownedTables);
        outgoing = Lists.copy(outgoing);
        incoming = Lists.copy(incoming);
        cycles = cycles == null ? List.of() : cycles.stream().map(List::copyOf).toList();
    }

    public int size() {
        return members.size();
    }
}
