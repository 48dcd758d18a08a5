package dev.carve.extractor.modulith;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.carve.analyzer.proposal.Module;
import dev.carve.extractor.ExtractionException;
import dev.carve.extractor.code.References;
import dev.carve.extractor.code.SourceFile;
import dev.carve.extractor.code.SourceTree;
import dev.carve.extractor.code.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each of a module's classes goes: the module's package when code outside the module uses it (its API),
 * {@code internal} below it otherwise. The application class stays where it is (Modulith takes the base package from
 * it).
 *
 * @param modulePackage the module's package
 * @param moves old to new fully qualified name, in member order
 * @param api the members other code uses
 * @param alreadyMoved members already at their place (an earlier run)
 * @param keptInPlace members that are not moved (the application class)
 */
record MovePlan(
        String modulePackage,
        Map<String, String> moves,
        Set<String> api,
        List<String> alreadyMoved,
        List<String> keptInPlace) {

    static final String INTERNAL = "internal";

    static MovePlan of(SourceTree tree, Module module, String modulePackage, String proposalFile) {
        List<String> present = new ArrayList<>();
        List<String> alreadyMoved = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String member : module.members()) {
            if (member.contains("$")) {
                continue; // nested classes move with their outer class
            }
            String simple = References.simpleName(member);
            if (tree.contains(member) && !inModule(member, modulePackage)) {
                if (isApplicationClass(tree.fileOf(member).orElseThrow())) {
                    kept.add(member);
                } else {
                    present.add(member);
                }
            } else if (tree.contains(modulePackage + "." + simple)
                    || tree.contains(modulePackage + "." + INTERNAL + "." + simple)) {
                alreadyMoved.add(member);
            } else {
                missing.add(member);
            }
        }
        if (!missing.isEmpty()) {
            throw ExtractionException.badInput(proposalFile + ": the proposal no longer matches the code: "
                    + missing.size() + " class(es) of module '" + module.name() + "' are not in the sources, e.g. "
                    + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                    + ". Run 'carve analyze' and 'carve suggest' again. Nothing was written.");
        }
        Set<String> members = new HashSet<>(present);
        Set<String> api = new HashSet<>();
        References references = new References(tree);
        for (SourceFile file : tree.files()) {
            if (!file.main() || file.typeNames().stream().anyMatch(members::contains)) {
                continue;
            }
            for (TypeRef ref : references.of(file)) {
                if (members.contains(ref.type())) {
                    api.add(ref.type());
                }
            }
        }
        Map<String, String> moves = new LinkedHashMap<>();
        Map<String, String> bySimpleName = new HashMap<>();
        for (String member : present) {
            String simple = References.simpleName(member);
            String clash = bySimpleName.put(simple, member);
            if (clash != null) {
                throw ExtractionException.badInput("module '" + module.name() + "' has two classes named " + simple
                        + " (" + clash + ", " + member + "); rename one before extracting. Nothing was written.");
            }
            String target = (api.contains(member) ? modulePackage : modulePackage + "." + INTERNAL) + "." + simple;
            if (tree.contains(target)) {
                throw ExtractionException.badInput(target + " already exists, so " + member + " cannot move there;"
                        + " rename one of them first. Nothing was written.");
            }
            moves.put(member, target);
        }
        return new MovePlan(modulePackage, moves, api, alreadyMoved, kept);
    }

    static boolean inModule(String type, String modulePackage) {
        return type.startsWith(modulePackage + ".");
    }

    /** The Spring Boot application class: Modulith takes the base package from it, so it never moves. */
    static boolean isApplicationClass(SourceFile file) {
        for (TypeDeclaration<?> type : file.unit().getTypes()) {
            if (type.getAnnotations().stream()
                    .map(a -> References.simpleName(a.getNameAsString()))
                    .anyMatch(n -> n.equals("SpringBootApplication") || n.equals("Modulithic"))) {
                return true;
            }
        }
        return false;
    }
}
