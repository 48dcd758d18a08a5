package dev.carve.extractor.modulith;

import dev.carve.analyzer.proposal.Module;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.analyzer.proposal.ProposalJson;
import dev.carve.extractor.ExtractionException;
import dev.carve.extractor.code.SourceFile;
import dev.carve.extractor.code.SourceTree;
import dev.carve.extractor.git.GitWorkTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * {@code carve extract modulith}: moves one proposed module's classes into {@code <base>.<module>} (non-API classes
 * into {@code internal}), rewrites every reference, declares the module for Spring Modulith, adds
 * {@code ModularityTests}, and writes {@code extraction-todo.md}. Everything is computed in memory first; bad input
 * stops the run before anything is written. A second run over the same module changes nothing.
 */
public final class ModulithExtractor {
    private static final Set<String> TEXT_RESOURCES =
            Set.of(".factories", ".imports", ".properties", ".xml", ".yml", ".yaml", ".json");

    public ModulithResult extract(ModulithOptions options) {
        Path project = options.project().toAbsolutePath().normalize();
        Proposal proposal = ProposalJson.read(options.proposal());
        Module module = proposal.module(options.module())
                .orElseThrow(() -> ExtractionException.badInput(options.proposal() + ": no module '" + options.module()
                        + "'. Modules: "
                        + String.join(
                                ", ",
                                proposal.modules().stream().map(Module::name).toList())
                        + ". Nothing was written."));
        SourceTree tree = SourceTree.load(project);
        String applicationClass = applicationClass(tree);
        String base = dev.carve.extractor.code.References.parent(applicationClass);
        String modulePackage = (base.isEmpty() ? "" : base + ".") + packageSegment(module.name());
        MovePlan plan =
                MovePlan.of(tree, module, modulePackage, options.proposal().toString());

        Map<Path, String> before = new LinkedHashMap<>();
        tree.files().forEach(f -> before.put(f.path(), f.original()));
        SourceRewriter rewriter = new SourceRewriter(tree, plan.moves());
        SourceRewriter.Rewrite rewrite = rewriter.rewrite();
        Map<Path, String> after = new LinkedHashMap<>(before);
        rewrite.renamed().keySet().forEach(after::remove);
        after.putAll(rewrite.texts());

        Map<Path, String> others = new LinkedHashMap<>();
        scaffold(project, proposal, module, modulePackage, applicationClass, after, others);
        rewriteResources(project, rewriter, others);

        SourceTree result = SourceTree.of(project, after, false);
        ExtractionTodo todo = new ExtractionTodo(result, proposal);
        List<TodoItem> items = new ArrayList<>(todo.items());
        plan.keptInPlace()
                .forEach(k -> items.add(new TodoItem(
                        module.name(),
                        TodoItem.KEPT_IN_PLACE,
                        location(result, k),
                        k,
                        "the application class stays in the base package (Spring Modulith's root); move"
                                + " what it does for " + module.name() + " into the module by hand")));
        others.put(Path.of(ExtractionTodo.FILE_NAME), ExtractionTodo.render(todo.modules(), items));

        Changes changes = Changes.between(project, before, after, others);
        List<String> notes = new ArrayList<>();
        if (module.rightSizing() != null && !module.rightSizing().verdict().isEmpty()) {
            var sizing = module.rightSizing();
            notes.add("the proposal's right-sizing verdict for " + module.name() + " is " + sizing.verdict()
                    + (sizing.mergeWith().isEmpty() ? "" : " with " + sizing.mergeWith())
                    + (sizing.reasons().isEmpty() ? "" : ": " + sizing.reasons().get(0)));
        }
        plan.keptInPlace().forEach(k -> notes.add(k + " stays in place: it is the application class"));
        if (!plan.alreadyMoved().isEmpty()) {
            notes.add(plan.alreadyMoved().size() + " of the module's classes were already in " + modulePackage);
        }
        if (!options.dryRun() && !changes.isEmpty()) {
            GitWorkTree git = GitWorkTree.of(project);
            git.requireClean(options.force(), "extracting module '" + module.name() + "'");
            if (!options.branch().isEmpty()) {
                git.checkoutNewBranch(options.branch());
                notes.add("wrote on the new git branch " + options.branch());
            }
            changes.write(project);
        }
        List<ModulithResult.Move> moves = plan.moves().entrySet().stream()
                .map(e -> new ModulithResult.Move(
                        e.getKey(), e.getValue(), plan.api().contains(e.getKey())))
                .toList();
        return new ModulithResult(
                module.name(),
                modulePackage,
                moves,
                changes.changed(),
                changes.created(),
                changes.deleted(),
                items,
                notes,
                options.dryRun());
    }

    private void scaffold(
            Path project,
            Proposal proposal,
            Module module,
            String modulePackage,
            String applicationClass,
            Map<Path, String> java,
            Map<Path, String> others) {
        Map<String, String> extracted = new LinkedHashMap<>();
        Map<Path, String> packageInfos = new LinkedHashMap<>();
        java.forEach((path, text) -> {
            if (path.endsWith("package-info.java")) {
                packageInfos.put(path, text);
            }
        });
        List<ExtractedModule> existing = ExtractedModule.all(SourceTree.of(project, packageInfos, false));
        existing.stream().filter(ExtractedModule::byCarve).forEach(m -> extracted.put(m.name(), m.packageName()));
        extracted.put(module.name(), modulePackage);
        existing.stream().filter(m -> !m.byCarve()).forEach(m -> extracted.putIfAbsent(m.name(), m.packageName()));
        extracted.forEach((name, pkg) -> {
            boolean ours = name.equals(module.name())
                    || existing.stream().anyMatch(m -> m.name().equals(name) && m.byCarve());
            if (ours) {
                Path file = SourceTree.MAIN.resolve(pkg.replace('.', '/')).resolve("package-info.java");
                java.put(
                        file,
                        ModulithScaffold.packageInfo(name, pkg, ModulithScaffold.allowed(proposal, name, extracted)));
            }
        });
        Path tests = SourceTree.TEST
                .resolve(dev.carve.extractor.code.References.parent(applicationClass)
                        .replace('.', '/'))
                .resolve("ModularityTests.java");
        if (!java.containsKey(tests)) {
            java.put(tests, ModulithScaffold.modularityTests(applicationClass));
        }
        Path pom = Path.of("pom.xml");
        others.put(
                pom,
                ModulithScaffold.pom(
                        read(project.resolve(pom))
                                .orElseThrow(
                                        () -> ExtractionException.badInput(
                                                project
                                                        + ": no pom.xml; carve extract modulith supports Maven projects. Nothing was written.")),
                        project.resolve(pom)));
        others.put(
                ModulithScaffold.PROPERTIES,
                ModulithScaffold.properties(read(project.resolve(ModulithScaffold.PROPERTIES))));
    }

    /** Qualified names of moved classes in resource files (spring.factories, XML, YAML, JSON, properties). */
    private static void rewriteResources(Path project, SourceRewriter rewriter, Map<Path, String> others) {
        for (String root : List.of("src/main/resources", "src/test/resources")) {
            Path dir = project.resolve(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    if (TEXT_RESOURCES.stream().noneMatch(name::endsWith)) {
                        continue;
                    }
                    Path relative = project.relativize(file);
                    String text = others.containsKey(relative)
                            ? others.get(relative)
                            : read(file).orElse("");
                    String rewritten = rewriter.replaceNames(text);
                    if (!rewritten.equals(text)) {
                        others.put(relative, rewritten);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String applicationClass(SourceTree tree) {
        return tree.files().stream()
                .filter(SourceFile::main)
                .filter(MovePlan::isApplicationClass)
                .map(f -> f.typeNames().get(0))
                .findFirst()
                .orElseThrow(() -> ExtractionException.badInput(tree.project() + ": no @SpringBootApplication class"
                        + " in src/main/java; Spring Modulith needs one as the root of the modules. Nothing was"
                        + " written."));
    }

    /** The module name as a package name segment: {@code customer-account} becomes {@code customeraccount}. */
    static String packageSegment(String moduleName) {
        String segment = moduleName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "");
        if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.charAt(0))) {
            segment = "m" + segment;
        }
        return SourceVersion.isKeyword(segment) ? segment + "module" : segment;
    }

    private static String location(SourceTree tree, String type) {
        return tree.fileOf(type).map(f -> f.path() + ":1").orElse(type);
    }

    static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ExtractionException.badInput(file + ": cannot be read: " + e.getMessage());
        }
    }
}
