package dev.carve.extractor.modulith;

import com.github.javaparser.ast.body.FieldDeclaration;
import dev.carve.analyzer.proposal.ClassPlacement;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.extractor.code.References;
import dev.carve.extractor.code.SourceFile;
import dev.carve.extractor.code.SourceTree;
import dev.carve.extractor.code.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What keeps the extracted modules from standing on their own, found in the rewritten code: every use of a type
 * outside any module (legacy code), of another module's internals or of a module not declared as an allowed
 * dependency; JPA associations across a module's boundary; and cycles between modules. One item per (class, used
 * type, kind), at the first use.
 */
final class ExtractionTodo {
    static final String FILE_NAME = "extraction-todo.md";
    private static final Set<String> ASSOCIATIONS = Set.of("ManyToOne", "OneToOne", "OneToMany", "ManyToMany");

    private final SourceTree tree;
    private final Proposal proposal;
    private final List<ExtractedModule> modules;
    private final References references;

    ExtractionTodo(SourceTree tree, Proposal proposal) {
        this.tree = tree;
        this.proposal = proposal;
        this.modules = ExtractedModule.all(tree);
        this.references = new References(tree);
    }

    List<ExtractedModule> modules() {
        return modules;
    }

    List<TodoItem> items() {
        Map<String, TodoItem> items = new LinkedHashMap<>();
        Map<String, Set<String>> moduleEdges = new LinkedHashMap<>();
        for (SourceFile file : tree.files()) {
            if (!file.main() || file.isPackageInfo() || file.typeNames().isEmpty()) {
                continue;
            }
            String type = file.typeNames().get(0);
            Optional<ExtractedModule> home = moduleOf(type);
            List<TypeRef> refs = references.of(file).stream()
                    .filter(r -> r.how() != TypeRef.How.IMPORT)
                    .toList();
            sharedEntities(file, type, home, refs, items);
            if (home.isEmpty()) {
                continue;
            }
            ExtractedModule module = home.get();
            for (TypeRef ref : refs) {
                Optional<ExtractedModule> target = moduleOf(ref.type());
                if (target.isPresent() && target.get().equals(module)) {
                    continue;
                }
                if (target.isEmpty()) {
                    add(items, module, TodoItem.LEGACY_DEPENDENCY, file, ref, type, legacyAdvice(module, ref.type()));
                    continue;
                }
                ExtractedModule other = target.get();
                moduleEdges
                        .computeIfAbsent(module.name(), k -> new LinkedHashSet<>())
                        .add(other.name());
                if (other.isInternal(ref.type())) {
                    add(
                            items,
                            module,
                            TodoItem.INTERNAL_ACCESS,
                            file,
                            ref,
                            type,
                            "make "
                                    + References.simpleName(ref.type()) + " part of " + other.name()
                                    + "'s API (package "
                                    + other.packageName() + ") or call " + other.name() + "'s API instead");
                } else if (!module.allowed().isEmpty() && !module.allowed().contains(other.name())) {
                    add(
                            items,
                            module,
                            TodoItem.UNDECLARED_DEPENDENCY,
                            file,
                            ref,
                            type,
                            "remove the dependency on "
                                    + other.name() + " (the proposal does not expect it) or add \"" + other.name()
                                    + "\" to allowedDependencies in " + module.packageName() + ".package-info");
                }
            }
        }
        List<TodoItem> out = new ArrayList<>(items.values());
        out.addAll(cycles(moduleEdges));
        return out;
    }

    private void sharedEntities(
            SourceFile file,
            String type,
            Optional<ExtractedModule> home,
            List<TypeRef> refs,
            Map<String, TodoItem> items) {
        for (FieldDeclaration field : file.unit().findAll(FieldDeclaration.class)) {
            boolean association = field.getAnnotations().stream()
                    .anyMatch(a -> ASSOCIATIONS.contains(References.simpleName(a.getNameAsString())));
            if (!association || field.getBegin().isEmpty() || field.getEnd().isEmpty()) {
                continue;
            }
            int from = field.getBegin().get().line;
            int to = field.getEnd().get().line;
            for (TypeRef ref : refs) {
                if (ref.line() < from || ref.line() > to) {
                    continue;
                }
                Optional<ExtractedModule> target = moduleOf(ref.type());
                if (target.equals(home)) {
                    continue;
                }
                ExtractedModule owner = home.orElseGet(target::get);
                String field0 = field.getVariable(0).getNameAsString();
                add(
                        items,
                        owner,
                        TodoItem.SHARED_ENTITY,
                        file,
                        ref,
                        type,
                        "the JPA association "
                                + References.simpleName(type) + "." + field0
                                + " crosses the module boundary: replace it"
                                + " with the id of " + References.simpleName(ref.type()) + " and load it through its"
                                + " module's API");
            }
        }
    }

    private String legacyAdvice(ExtractedModule module, String used) {
        String simple = References.simpleName(used);
        Optional<ClassPlacement> placement = proposal.placement(used);
        if (placement.isEmpty()) {
            return "move " + simple + " into a module or a shared library, or stop using it";
        }
        ClassPlacement p = placement.get();
        if (ClassPlacement.SHARED_KERNEL.equals(p.role())) {
            return "move " + simple + " into a shared library (the proposal puts it in the shared kernel)";
        }
        if (p.module().equals(module.name())) {
            return simple + " belongs to " + module.name() + " but was kept in place; move it by hand";
        }
        return simple + " belongs to module " + p.module() + ", not extracted yet: extract " + p.module()
                + ", then use its API (or an event) here";
    }

    private List<TodoItem> cycles(Map<String, Set<String>> edges) {
        List<TodoItem> out = new ArrayList<>();
        edges.forEach((from, targets) -> targets.forEach(to -> {
            if (from.compareTo(to) < 0 && edges.getOrDefault(to, Set.of()).contains(from)) {
                out.add(new TodoItem(
                        from,
                        TodoItem.MODULE_CYCLE,
                        "-",
                        from + " <-> " + to,
                        "break the cycle: turn one direction into an application event or move the shared types"));
            }
        }));
        return out;
    }

    private void add(
            Map<String, TodoItem> items,
            ExtractedModule module,
            String kind,
            SourceFile file,
            TypeRef ref,
            String type,
            String change) {
        String key = module.name() + "|" + kind + "|" + type + "|" + ref.type();
        TodoItem existing = items.get(key);
        String location = file.path().toString().replace('\\', '/') + ":" + ref.line();
        if (existing == null) {
            items.put(
                    key,
                    new TodoItem(
                            module.name(), kind, location, References.simpleName(type) + " -> " + ref.type(), change));
        }
    }

    private Optional<ExtractedModule> moduleOf(String type) {
        return modules.stream()
                .filter(m -> m.contains(type))
                .max((a, b) -> Integer.compare(
                        a.packageName().length(), b.packageName().length()));
    }

    /** The markdown of {@code extraction-todo.md}. */
    static String render(List<ExtractedModule> modules, List<TodoItem> items) {
        StringBuilder out = new StringBuilder();
        out.append("# Extraction to-do\n\n")
                .append("Written by `carve extract modulith` and rewritten on every run: what keeps the extracted")
                .append(" modules from standing on their own and needs a human. Each item names the first use")
                .append(" (`file:line`) and the change Carve suggests. Code outside any `@ApplicationModule`")
                .append(" package is not a module yet, so Spring Modulith does not check these items;")
                .append(" `ModularityTests` checks the rules between the extracted modules.\n");
        for (ExtractedModule module : modules) {
            List<TodoItem> own = items.stream()
                    .filter(i -> i.module().equals(module.name()))
                    .sorted(java.util.Comparator.comparing(TodoItem::kind)
                            .thenComparing(TodoItem::location)
                            .thenComparing(TodoItem::what))
                    .toList();
            out.append("\n## Module `")
                    .append(module.name())
                    .append("` (`")
                    .append(module.packageName())
                    .append("`): ")
                    .append(own.size())
                    .append(own.size() == 1 ? " item\n" : " items\n");
            String kind = "";
            for (TodoItem item : own) {
                if (!item.kind().equals(kind)) {
                    kind = item.kind();
                    out.append("\n### ").append(kind).append("\n\n");
                }
                out.append("- [ ] `")
                        .append(item.location())
                        .append("` ")
                        .append(item.what())
                        .append(": ")
                        .append(item.change())
                        .append('\n');
            }
        }
        return out.toString();
    }
}
