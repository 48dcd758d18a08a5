package dev.carve.analyzer.metrics;

import java.util.List;

/**
 * How a decomposition compares with a reference under both policies.
 *
 * @param nameMatching {@code exact} (fully qualified names on both sides) or {@code simple}
 * @param strict every reference row counts; a class listed under several services keeps the last; labels such as
 *     {@code C} or {@code N/U} are ordinary clusters (this reproduces the published ASE'24 values)
 * @param lenient classes under several services and rows labelled {@code uncounted}, {@code C} or {@code N/U} are left
 *     out, since any placement of them is acceptable
 * @param ignoredCandidateClasses candidate classes the reference does not list
 * @param multiServiceClasses reference classes listed under more than one service
 */
public record ReferenceMatch(
        String nameMatching,
        Policy strict,
        Policy lenient,
        List<String> ignoredCandidateClasses,
        List<String> multiServiceClasses) {

    public ReferenceMatch {
        ignoredCandidateClasses = List.copyOf(ignoredCandidateClasses);
        multiServiceClasses = List.copyOf(multiServiceClasses);
    }

    /**
     * MoJoFM under one policy.
     *
     * @param mojoFm rounded to 2 decimals; NaN when the policy leaves no class
     * @param mojo the one-way distance
     * @param maxMojo the largest possible distance to the reference
     * @param referenceClasses reference classes counted
     * @param referenceServices reference services counted
     * @param unassigned reference classes the candidate does not place (scored as one extra cluster)
     */
    public record Policy(
            double mojoFm,
            int mojo,
            int maxMojo,
            int referenceClasses,
            int referenceServices,
            List<String> unassigned) {
        public Policy {
            unassigned = List.copyOf(unassigned);
        }
    }
}
