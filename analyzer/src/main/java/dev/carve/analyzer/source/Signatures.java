package dev.carve.analyzer.source;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.StringJoiner;

/**
 * Member signatures the way jQAssistant writes them ({@code void place(com.acme.Order)}, constructors
 * {@code void <init>(...)}), with erased, binary type names, so facts from source and bytecode match.
 */
final class Signatures {
    private Signatures() {}

    static String binaryName(ResolvedReferenceTypeDeclaration type) {
        String pkg = type.getPackageName();
        String cls = type.getClassName().replace('.', '$');
        return pkg == null || pkg.isEmpty() ? cls : pkg + "." + cls;
    }

    static String erasure(ResolvedType type) {
        try {
            if (type.isArray()) {
                return erasure(type.asArrayType().getComponentType()) + "[]";
            }
            if (type.isPrimitive()) {
                return type.asPrimitive().describe();
            }
            if (type.isVoid()) {
                return "void";
            }
            if (type.isTypeVariable()) {
                var bounds = type.asTypeParameter().getBounds();
                return bounds.isEmpty()
                        ? "java.lang.Object"
                        : erasure(bounds.get(0).getType());
            }
            if (type.isReferenceType()) {
                return type.asReferenceType()
                        .getTypeDeclaration()
                        .map(Signatures::binaryName)
                        .orElse(type.asReferenceType().getQualifiedName());
            }
            if (type.isWildcard()) {
                return type.asWildcard().isExtends() ? erasure(type.asWildcard().getBoundedType()) : "java.lang.Object";
            }
            return type.erasure().describe();
        } catch (RuntimeException | StackOverflowError e) {
            return "java.lang.Object";
        }
    }

    static String of(ResolvedMethodLikeDeclaration m) {
        StringJoiner params = new StringJoiner(",", "(", ")");
        for (int i = 0; i < m.getNumberOfParams(); i++) {
            params.add(erasure(m.getParam(i).getType()));
        }
        if (m instanceof ResolvedConstructorDeclaration) {
            return "void <init>" + params;
        }
        String ret = m instanceof ResolvedMethodDeclaration method ? erasure(method.getReturnType()) : "void";
        return ret + " " + m.getName() + params;
    }

    static String of(CallableDeclaration<?> callable, TypeRefs refs) {
        StringJoiner params = new StringJoiner(",", "(", ")");
        for (Parameter p : callable.getParameters()) {
            params.add(refs.resolve(p.getType()).name() + (p.isVarArgs() ? "[]" : ""));
        }
        if (callable instanceof ConstructorDeclaration) {
            return "void <init>" + params;
        }
        String ret = refs.resolve(((MethodDeclaration) callable).getType()).name();
        return ret + " " + callable.getNameAsString() + params;
    }

    /** A member known by name only (the call could not be resolved): {@code name(?)}. */
    static String unresolved(String name, int arguments) {
        return name + "(" + "?,".repeat(Math.max(0, arguments)).replaceAll(",$", "") + ")";
    }
}
