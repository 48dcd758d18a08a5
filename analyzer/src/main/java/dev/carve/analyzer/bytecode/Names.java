package dev.carve.analyzer.bytecode;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * Type names and member signatures from class-file descriptors, written the way the source reader writes them:
 * binary names ({@code com.acme.Order$Line}), erased {@code void place(com.acme.Order)} signatures.
 */
final class Names {
    private Names() {}

    /**
     * The binary name of an internal name; anonymous and local classes ({@code Outer$1}, {@code Outer$1Local}) are
     * folded into their enclosing type, as the source reader attributes their code to it.
     */
    static String binary(String internalName) {
        String name = internalName.replace('/', '.');
        int from = name.lastIndexOf('.') + 1;
        int dollar = name.indexOf('$', from);
        while (dollar >= 0 && dollar + 1 < name.length()) {
            if (Character.isDigit(name.charAt(dollar + 1))) {
                return name.substring(0, dollar);
            }
            dollar = name.indexOf('$', dollar + 1);
        }
        return name;
    }

    /** The class a type refers to (arrays unwrapped), or null for primitives. */
    static String referenced(Type type) {
        Type t = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        return t.getSort() == Type.OBJECT ? binary(t.getInternalName()) : null;
    }

    /** A type as written in a signature: {@code int}, {@code java.lang.String[]}. */
    static String display(Type type) {
        if (type.getSort() == Type.ARRAY) {
            return display(type.getElementType()) + "[]".repeat(type.getDimensions());
        }
        return type.getSort() == Type.OBJECT ? binary(type.getInternalName()) : type.getClassName();
    }

    /** {@code void place(com.acme.Order)}; constructors {@code void <init>(...)}. */
    static String signature(String name, String descriptor) {
        StringJoiner params = new StringJoiner(",", "(", ")");
        for (Type p : Type.getArgumentTypes(descriptor)) {
            params.add(display(p));
        }
        String ret =
                name.equals("<init>") || name.equals("<clinit>") ? "void" : display(Type.getReturnType(descriptor));
        return ret + " " + name + params;
    }

    /** Every class named in a generic signature (type arguments and bounds included), or none when absent. */
    static List<String> inSignature(String signature) {
        List<String> names = new ArrayList<>();
        if (signature == null) {
            return names;
        }
        try {
            new SignatureReader(signature).accept(new SignatureVisitor(org.objectweb.asm.Opcodes.ASM9) {
                @Override
                public void visitClassType(String name) {
                    names.add(binary(name));
                }

                @Override
                public void visitInnerClassType(String name) {
                    // Outer<T>.Inner: the inner name is relative; the outer one was reported already
                }
            });
        } catch (RuntimeException e) {
            // a malformed signature attribute only loses generic facts
        }
        return names;
    }

    /** The type arguments of a generic supertype in a class signature, e.g. {@code JpaRepository<Order, Long>}. */
    static List<String> typeArgumentsOf(String classSignature, String supertype) {
        List<String> args = new ArrayList<>();
        if (classSignature == null) {
            return args;
        }
        try {
            new SignatureReader(classSignature).accept(new SignatureVisitor(org.objectweb.asm.Opcodes.ASM9) {
                private int depth;
                private boolean inTarget;

                @Override
                public void visitClassType(String name) {
                    depth++;
                    if (depth == 1) {
                        inTarget = binary(name).equals(supertype);
                    } else if (depth == 2 && inTarget) {
                        args.add(binary(name));
                    }
                }

                @Override
                public SignatureVisitor visitTypeArgument(char wildcard) {
                    return this;
                }

                @Override
                public void visitEnd() {
                    depth--;
                }
            });
        } catch (RuntimeException e) {
            // malformed: no generic facts
        }
        return args;
    }

    /** The simple name of a binary or dotted name: {@code com.acme.GetMapping} → {@code GetMapping}. */
    static String simple(String name) {
        int dot = Math.max(name.lastIndexOf('.'), name.lastIndexOf('$'));
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
