package dev.carve.extractor.modulith;

/**
 * One thing Carve could not fix mechanically.
 *
 * @param module the extracted module it concerns
 * @param kind what it is, e.g. {@code legacy-dependency}, {@code internal-access}, {@code shared-entity}
 * @param location {@code path:line}, relative to the project
 * @param what the dependency, e.g. {@code CouponService -> com.acme.shop.entity.Order (3 uses)}
 * @param change the suggested change
 */
public record TodoItem(String module, String kind, String location, String what, String change) {
    public static final String LEGACY_DEPENDENCY = "legacy-dependency";
    public static final String INTERNAL_ACCESS = "internal-access";
    public static final String UNDECLARED_DEPENDENCY = "undeclared-dependency";
    public static final String MODULE_CYCLE = "module-cycle";
    public static final String SHARED_ENTITY = "shared-entity";
    public static final String KEPT_IN_PLACE = "kept-in-place";
}
