package dev.carve.analyzer.proposal;

import dev.carve.analyzer.CarveException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code carve extract --module M} does by default: the extraction mode the module's right-sizing verdict names
 * ({@code service} for extract-service, {@code modulith} for modulith-module), or, for a merge or a proposal without
 * a verdict, no mode and advice instead.
 *
 * @param module the module
 * @param verdict its verdict (empty in a proposal without one)
 * @param mergeWith the merge partner, when the verdict is merge
 * @param mode the {@code carve extract} mode to run, or empty
 * @param reasons the verdict's reasons
 * @param advice what to do when there is no mode to run
 */
public record DefaultExtraction(
        String module, String verdict, String mergeWith, String mode, List<String> reasons, String advice) {
    public static final String SERVICE = "service";
    public static final String MODULITH = "modulith";

    public DefaultExtraction {
        reasons = Lists.copy(reasons);
    }

    /** The default for {@code module} in {@code proposal}; an unknown module is bad input naming the known ones. */
    public static DefaultExtraction of(Proposal proposal, String module, String origin) {
        Module m = proposal.modules().stream()
                .filter(x -> x.name().equals(module))
                .findFirst()
                .orElseThrow(() -> CarveException.badInput(origin + ": no module '" + module + "'. Its modules: "
                        + proposal.modules().stream().map(Module::name).collect(Collectors.joining(", "))
                        + ". Pass one of them to --module."));
        RightSizing r = m.rightSizing();
        if (r == null || r.verdict().isEmpty()) {
            return new DefaultExtraction(
                    module,
                    "",
                    "",
                    "",
                    List.of("the proposal has no right-sizing verdict"),
                    "Choose a mode: 'carve extract modulith --module " + module + "' or 'carve extract service"
                            + " --module " + module + "', or re-run 'carve suggest' to get a verdict.");
        }
        return switch (r.verdict()) {
            case RightSizing.EXTRACT_SERVICE ->
                new DefaultExtraction(module, r.verdict(), "", SERVICE, r.reasons(), "");
            case RightSizing.MODULITH_MODULE ->
                new DefaultExtraction(module, r.verdict(), "", MODULITH, r.reasons(), "");
            default ->
                new DefaultExtraction(
                        module,
                        r.verdict(),
                        r.mergeWith(),
                        "",
                        r.reasons(),
                        "Nothing to extract on its own: pin its classes to " + r.mergeWith() + " in"
                                + " carve-constraints.yaml (pin: - classes: [...], module: " + r.mergeWith() + ") and"
                                + " re-run 'carve suggest --constraints carve-constraints.yaml', or extract it anyway with"
                                + " 'carve extract modulith --module " + module + "'.");
        };
    }
}
