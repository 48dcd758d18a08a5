package dev.carve.analyzer.proposal;

import java.util.List;

/**
 * A class proposed for the shared kernel (a shared library): a utility or value type used from many modules.
 *
 * @param name the class
 * @param usedBy the modules whose classes depend on it
 * @param homeModule the module it would join if it were not shared (the metrics score it there)
 * @param reason why it is shared
 */
public record KernelClass(String name, List<String> usedBy, String homeModule, String reason) {
    public KernelClass {
        usedBy = Lists.copy(usedBy);
        homeModule = Lists.text(homeModule);
        reason = Lists.text(reason);
    }
}
