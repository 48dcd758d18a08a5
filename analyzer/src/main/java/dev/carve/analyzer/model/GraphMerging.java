package dev.carve.analyzer.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How two observations of the same fact combine; package-private, used by {@link CodeGraph.Builder}. */
final class GraphMerging {
    private static final Set<TypeFlag> PLACEHOLDER_FLAGS = EnumSet.of(TypeFlag.UNRESOLVED, TypeFlag.RUNTIME_ONLY);

    private GraphMerging() {}

    static TypeNode mergeTypes(TypeNode a, TypeNode b) {
        Set<Origin> origins = union(a.origins(), b.origins());
        Set<String> annotations = union(a.annotations(), b.annotations());
        Set<TypeFlag> flags = EnumSet.noneOf(TypeFlag.class);
        flags.addAll(a.flags());
        flags.addAll(b.flags());
        boolean aPlaceholder = isPlaceholder(a);
        boolean bPlaceholder = isPlaceholder(b);
        if (aPlaceholder != bPlaceholder) {
            // a real declaration supersedes a placeholder made from a reference or a trace
            flags.removeAll(PLACEHOLDER_FLAGS);
            flags.addAll(aPlaceholder ? b.flags() : a.flags());
        }
        TypeNode primary = aPlaceholder && !bPlaceholder ? b : a;
        TypeNode secondary = primary == a ? b : a;
        SourceLocation location = preferredLocation(primary, secondary);
        return new TypeNode(
                a.name(),
                primary.kind(),
                origins,
                location,
                Math.max(a.linesOfCode(), b.linesOfCode()),
                annotations,
                flags);
    }

    private static boolean isPlaceholder(TypeNode t) {
        return t.flags().stream().anyMatch(PLACEHOLDER_FLAGS::contains);
    }

    private static SourceLocation preferredLocation(TypeNode primary, TypeNode secondary) {
        // a source file beats a class file, which beats nothing
        if (primary.origins().contains(Origin.SOURCE) && primary.location().isKnown()) {
            return primary.location();
        }
        if (secondary.origins().contains(Origin.SOURCE) && secondary.location().isKnown()) {
            return secondary.location();
        }
        return primary.location().isKnown() ? primary.location() : secondary.location();
    }

    static TableNode mergeTables(TableNode a, TableNode b) {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Column c : a.columns()) {
            columns.put(c.name(), c);
        }
        for (Column c : b.columns()) {
            columns.merge(
                    c.name(),
                    c,
                    (x, y) -> new Column(
                            x.name(),
                            x.sqlType().isEmpty() ? y.sqlType() : x.sqlType(),
                            x.nullable() && y.nullable(),
                            x.primaryKey() || y.primaryKey()));
        }
        List<ForeignKey> fks = new ArrayList<>(a.foreignKeys());
        b.foreignKeys().stream().filter(fk -> !fks.contains(fk)).forEach(fks::add);
        boolean aFromSchema = a.origins().contains(Origin.SCHEMA);
        SourceLocation location = aFromSchema || !b.location().isKnown() ? a.location() : b.location();
        if (!location.isKnown()) {
            location = b.location();
        }
        return new TableNode(
                a.name(),
                new ArrayList<>(columns.values()),
                fks,
                union(a.entities(), b.entities()),
                union(a.origins(), b.origins()),
                location);
    }

    static TableAccess addAccess(TableAccess a, TableAccess b) {
        return new TableAccess(
                a.type(), a.table(), a.access(), a.via(), a.weight() + b.weight(), a.location(), a.member());
    }

    static BusinessContext mergeContexts(BusinessContext a, BusinessContext b) {
        Map<String, Long> calls = new HashMap<>(a.classCalls());
        b.classCalls().forEach((k, v) -> calls.merge(k, v, Long::sum));
        return new BusinessContext(
                a.name(),
                a.entryPoint().isEmpty() ? b.entryPoint() : a.entryPoint(),
                a.invocations() + b.invocations(),
                calls,
                union(a.tablesRead(), b.tablesRead()),
                union(a.tablesWritten(), b.tablesWritten()));
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
