package dev.carve.analyzer.source;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the project's own types from the ASTs already parsed ({@link ProjectIndex}) instead of re-parsing files
 * as JavaParser's directory solver does. One instance per worker thread (its cache is not shared).
 */
final class ProjectTypeSolver implements TypeSolver {
    private final ProjectIndex index;
    private final Map<String, SymbolReference<ResolvedReferenceTypeDeclaration>> cache = new HashMap<>();
    private TypeSolver parent;

    ProjectTypeSolver(ProjectIndex index) {
        this.index = index;
    }

    @Override
    public TypeSolver getParent() {
        return parent;
    }

    @Override
    public void setParent(TypeSolver parent) {
        this.parent = parent;
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
        SymbolReference<ResolvedReferenceTypeDeclaration> cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        SymbolReference<ResolvedReferenceTypeDeclaration> result;
        Optional<TypeDeclaration<?>> declaration = index.contains(name) ? index.declaration(name) : Optional.empty();
        if (declaration.isPresent()) {
            result = SymbolReference.solved(JavaParserFacade.get(this).getTypeDeclaration(declaration.get()));
        } else {
            result = SymbolReference.unsolved();
        }
        cache.put(name, result);
        return result;
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(
            String qualifiedModuleName, String simpleTypeName) {
        return SymbolReference.unsolved();
    }
}
