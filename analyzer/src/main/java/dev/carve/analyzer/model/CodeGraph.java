package dev.carve.analyzer.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One analyzed monolith: every fact the readers found, merged. Immutable; build or combine graphs with
 * {@link #builder()} and {@link Builder#merge(CodeGraph)}. Lookups by name are indexed.
 */
public final class CodeGraph {
    private final Map<String, TypeNode> types;
    private final Map<MethodKey, MethodNode> methods;
    private final Map<String, TableNode> tables;
    private final Map<String, EntryPoint> entryPoints;
    private final Map<Dependency.Key, Dependency> dependencies;
    private final Map<TableAccess.Key, TableAccess> tableAccesses;
    private final Map<String, BusinessContext> contexts;
    private final List<AnalysisProblem> problems;
    private final Map<String, String> properties;

    private CodeGraph(Builder b) {
        this.types = Collections.unmodifiableMap(new LinkedHashMap<>(b.types));
        this.methods = Collections.unmodifiableMap(new LinkedHashMap<>(b.methods));
        this.tables = Collections.unmodifiableMap(new LinkedHashMap<>(b.tables));
        this.entryPoints = Collections.unmodifiableMap(new LinkedHashMap<>(b.entryPoints));
        this.dependencies = Collections.unmodifiableMap(new LinkedHashMap<>(b.dependencies));
        this.tableAccesses = Collections.unmodifiableMap(new LinkedHashMap<>(b.tableAccesses));
        this.contexts = Collections.unmodifiableMap(new LinkedHashMap<>(b.contexts));
        this.problems = List.copyOf(b.problems);
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(b.properties));
    }

    public static Builder builder() {
        return new Builder();
    }

    public static CodeGraph empty() {
        return builder().build();
    }

    /** A builder that starts from this graph's facts. */
    public Builder toBuilder() {
        return builder().merge(this);
    }

    public Collection<TypeNode> types() {
        return types.values();
    }

    public Optional<TypeNode> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public boolean hasType(String name) {
        return types.containsKey(name);
    }

    /** Types that belong to the application proper (see {@link TypeNode#isApplicationType()}). */
    public Stream<TypeNode> applicationTypes() {
        return types.values().stream().filter(TypeNode::isApplicationType);
    }

    public Collection<MethodNode> methods() {
        return methods.values();
    }

    public Collection<TableNode> tables() {
        return tables.values();
    }

    public Optional<TableNode> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    public Collection<EntryPoint> entryPoints() {
        return entryPoints.values();
    }

    public Optional<EntryPoint> entryPoint(String id) {
        return Optional.ofNullable(entryPoints.get(id));
    }

    public Collection<Dependency> dependencies() {
        return dependencies.values();
    }

    public Stream<Dependency> dependencies(DependencyKind kind) {
        return dependencies.values().stream().filter(d -> d.kind() == kind);
    }

    public Collection<TableAccess> tableAccesses() {
        return tableAccesses.values();
    }

    public Collection<BusinessContext> contexts() {
        return contexts.values();
    }

    public List<AnalysisProblem> problems() {
        return problems;
    }

    /** Free-form facts about the analysis: root path, inputs, time, tool versions. */
    public Map<String, String> properties() {
        return properties;
    }

    public boolean hasRuntimeData() {
        return !contexts.isEmpty()
                || dependencies.values().stream().anyMatch(d -> d.kind() == DependencyKind.RUNTIME_CALL);
    }

    @Override
    public String toString() {
        return "CodeGraph[" + types.size() + " types, " + tables.size() + " tables, " + entryPoints.size()
                + " entry points, " + dependencies.size() + " dependencies, " + tableAccesses.size()
                + " table accesses, " + contexts.size() + " contexts, " + problems.size() + " problems]";
    }

    private record MethodKey(String type, String signature) {}

    /**
     * Collects facts, merging repeats: a type seen twice keeps the union of its origins, flags and annotations; a
     * dependency or table access seen twice adds up its weight; a context seen twice adds up its counts.
     */
    public static final class Builder {
        private final Map<String, TypeNode> types = new LinkedHashMap<>();
        private final Map<MethodKey, MethodNode> methods = new LinkedHashMap<>();
        private final Map<String, TableNode> tables = new LinkedHashMap<>();
        private final Map<String, EntryPoint> entryPoints = new LinkedHashMap<>();
        private final Map<Dependency.Key, Dependency> dependencies = new LinkedHashMap<>();
        private final Map<TableAccess.Key, TableAccess> tableAccesses = new LinkedHashMap<>();
        private final Map<String, BusinessContext> contexts = new LinkedHashMap<>();
        private final List<AnalysisProblem> problems = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();

        private Builder() {}

        public Builder type(TypeNode type) {
            types.merge(type.name(), type, GraphMerging::mergeTypes);
            return this;
        }

        public boolean hasType(String name) {
            return types.containsKey(name);
        }

        public Optional<TypeNode> findType(String name) {
            return Optional.ofNullable(types.get(name));
        }

        public Builder method(MethodNode method) {
            methods.putIfAbsent(new MethodKey(method.type(), method.signature()), method);
            return this;
        }

        public Builder table(TableNode table) {
            tables.merge(table.name(), table, GraphMerging::mergeTables);
            return this;
        }

        public Builder entryPoint(EntryPoint entryPoint) {
            entryPoints.putIfAbsent(entryPoint.id(), entryPoint);
            return this;
        }

        public Builder dependency(Dependency dependency) {
            dependencies.merge(dependency.key(), dependency, (a, b) -> a.withWeight(a.weight() + b.weight()));
            return this;
        }

        public Builder tableAccess(TableAccess access) {
            tableAccesses.merge(access.key(), access, GraphMerging::addAccess);
            return this;
        }

        public Builder context(BusinessContext context) {
            contexts.merge(context.name(), context, GraphMerging::mergeContexts);
            return this;
        }

        public Builder problem(AnalysisProblem problem) {
            problems.add(problem);
            return this;
        }

        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /** Removes every fact of one dependency kind, e.g. before re-importing runtime calls. */
        public Builder removeDependencies(DependencyKind kind) {
            dependencies.values().removeIf(d -> d.kind() == kind);
            return this;
        }

        /** Removes table accesses made through one mechanism, e.g. before re-importing runtime SQL. */
        public Builder removeTableAccesses(AccessVia via) {
            tableAccesses.values().removeIf(a -> a.via() == via);
            return this;
        }

        public Builder clearContexts() {
            contexts.clear();
            return this;
        }

        /** Adds every fact of another graph, merging as the single-fact methods do. */
        public Builder merge(CodeGraph other) {
            other.types().forEach(this::type);
            other.methods().forEach(this::method);
            other.tables().forEach(this::table);
            other.entryPoints().forEach(this::entryPoint);
            other.dependencies().forEach(this::dependency);
            other.tableAccesses().forEach(this::tableAccess);
            other.contexts().forEach(this::context);
            other.problems().forEach(this::problem);
            other.properties().forEach(this::property);
            return this;
        }

        public CodeGraph build() {
            return new CodeGraph(this);
        }
    }
}
