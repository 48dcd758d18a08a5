package dev.carve.analyzer.source;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads annotations by simple or qualified name and evaluates their constant attribute values. */
final class Annotations {
    private Annotations() {}

    static Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, Set<String> names) {
        for (AnnotationExpr a : node.getAnnotations()) {
            String n = a.getNameAsString();
            String simple = n.substring(n.lastIndexOf('.') + 1);
            if (names.contains(simple) || names.contains(n)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    static boolean has(NodeWithAnnotations<?> node, Set<String> names) {
        return find(node, names).isPresent();
    }

    /** The value of an attribute ({@code value} also matches a single-member annotation), or empty. */
    static Optional<Expression> attribute(AnnotationExpr a, String name) {
        if (a instanceof SingleMemberAnnotationExpr single) {
            return name.equals("value") ? Optional.of(single.getMemberValue()) : Optional.empty();
        }
        if (a instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair p : normal.getPairs()) {
                if (p.getNameAsString().equals(name)) {
                    return Optional.of(p.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** String values of the first attribute present among {@code names}; constants are looked up in the type. */
    static List<String> strings(AnnotationExpr a, TypeDeclaration<?> owner, String... names) {
        for (String name : names) {
            Optional<Expression> value = attribute(a, name);
            if (value.isPresent()) {
                return strings(value.get(), owner);
            }
        }
        return List.of();
    }

    static List<String> strings(Expression e, TypeDeclaration<?> owner) {
        List<String> out = new ArrayList<>();
        if (e instanceof ArrayInitializerExpr array) {
            array.getValues().forEach(v -> out.addAll(strings(v, owner)));
        } else {
            constant(e, owner).ifPresent(out::add);
        }
        return out;
    }

    static boolean bool(AnnotationExpr a, String name) {
        return attribute(a, name)
                .filter(v -> v instanceof BooleanLiteralExpr b && b.getValue())
                .isPresent();
    }

    /** A compile-time string: literals, text blocks, concatenations, and constants of the owning type. */
    static Optional<String> constant(Expression e, TypeDeclaration<?> owner) {
        if (e instanceof StringLiteralExpr s) {
            return Optional.of(s.asString());
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return Optional.of(t.asString());
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<String> left = constant(b.getLeft(), owner);
            Optional<String> right = constant(b.getRight(), owner);
            return left.isPresent() && right.isPresent() ? Optional.of(left.get() + right.get()) : Optional.empty();
        }
        String name = e instanceof NameExpr n
                ? n.getNameAsString()
                : e instanceof FieldAccessExpr f ? f.getNameAsString() : null;
        if (name != null && owner != null) {
            for (FieldDeclaration field : owner.getFields()) {
                for (VariableDeclarator v : field.getVariables()) {
                    if (v.getNameAsString().equals(name) && v.getInitializer().isPresent()) {
                        return constant(v.getInitializer().get(), null);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
