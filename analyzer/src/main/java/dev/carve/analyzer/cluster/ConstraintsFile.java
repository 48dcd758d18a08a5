package dev.carve.analyzer.cluster;

import dev.carve.analyzer.config.ConfigKey;
import java.util.List;

/**
 * {@code carve-constraints.yaml}: what the architect decides regardless of clustering. Class patterns are fully
 * qualified names, {@code com.acme.billing.*} (a package and its subpackages) or {@code *Dao} (a simple-name suffix).
 */
public record ConstraintsFile(
        @ConfigKey(description = "Put classes into a named module.", defaultValue = "[]")
        List<Pin> pin,

        @ConfigKey(description = "Groups of classes that must end up in one module.", defaultValue = "[]")
        List<Group> keepTogether,

        @ConfigKey(description = "Groups of classes that must end up in different modules.", defaultValue = "[]")
        List<Group> keepApart,

        @ConfigKey(
                description = "Classes left out of clustering altogether (generated code, test helpers).",
                defaultValue = "[]",
                example = "[com.acme.generated.*]")
        List<String> exclude) {

    public ConstraintsFile {
        pin = pin == null ? List.of() : List.copyOf(pin);
        keepTogether = keepTogether == null ? List.of() : List.copyOf(keepTogether);
        keepApart = keepApart == null ? List.of() : List.copyOf(keepApart);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /**
     * Pins classes to a module.
     *
     * @param classes class patterns
     * @param module the module's name
     */
    public record Pin(
            @ConfigKey(description = "Class patterns to pin.", required = true, example = "[com.acme.billing.*]")
            List<String> classes,

            @ConfigKey(description = "Name of the module they go to.", required = true, example = "billing")
            String module) {}

    /**
     * A group of class patterns.
     *
     * @param classes class patterns
     */
    public record Group(
            @ConfigKey(
                    description = "Class patterns of the group.",
                    required = true,
                    example = "[com.acme.Order, com.acme.Invoice]")
            List<String> classes) {}
}
