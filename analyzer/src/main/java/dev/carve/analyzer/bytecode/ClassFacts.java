package dev.carve.analyzer.bytecode;

import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * One class file's declarations: the type (kind, flags, annotations), its supertypes, fields and methods with the
 * types their declarations use, then the method bodies ({@link MethodBodies}) and framework rules
 * ({@link FrameworkRules}). Anonymous and local classes add their facts to the enclosing type.
 */
final class ClassFacts {
    private static final Set<String> IMPLICIT_SUPERTYPES =
            Set.of("java.lang.Object", "java.lang.Enum", "java.lang.Record", "java.lang.annotation.Annotation");

    private final ClassNode cn;
    private final ClassInputs.ClassFile file;
    private final Facts facts;
    private final String name;
    private final boolean folded;

    private ClassFacts(ClassNode cn, ClassInputs.ClassFile file, Facts facts) {
        this.cn = cn;
        this.file = file;
        this.facts = facts;
        this.name = Names.binary(cn.name);
        this.folded = !name.equals(cn.name.replace('/', '.'));
    }

    static void read(ClassNode cn, ClassInputs.ClassFile file, Facts facts) {
        new ClassFacts(cn, file, facts).read();
    }

    private void read() {
        facts.classes++;
        SourceLocation at = at(firstLine());
        List<Annotation> annotations = Annotation.all(cn.visibleAnnotations, cn.invisibleAnnotations);
        if (!folded) {
            facts.graph.type(new TypeNode(
                    name, kind(), EnumSet.of(Origin.BYTECODE), at, 0, names(annotations), flags(annotations)));
        }
        supertypes(at);
        annotated(annotations, at, "");
        for (FieldNode f : cn.fields) {
            if ((f.access & Opcodes.ACC_SYNTHETIC) == 0) {
                field(f, at);
            }
        }
        MethodBodies bodies = new MethodBodies(cn, name, facts, this::at);
        for (MethodNode m : cn.methods) {
            if ((m.access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) == 0) {
                method(m);
            }
            bodies.scan(m);
        }
        if (!folded) {
            FrameworkRules.forType(cn, name, annotations, facts, at);
        }
    }

    private void supertypes(SourceLocation at) {
        boolean isInterface = (cn.access & Opcodes.ACC_INTERFACE) != 0;
        List<String> supertypes = new ArrayList<>();
        if (cn.superName != null) {
            supertypes.add(Names.binary(cn.superName));
        }
        cn.interfaces.forEach(i -> supertypes.add(Names.binary(i)));
        for (int i = 0; i < supertypes.size(); i++) {
            String s = supertypes.get(i);
            if (IMPLICIT_SUPERTYPES.contains(s)) {
                continue;
            }
            if (folded) {
                // new Foo() { ... }: the enclosing type constructs Foo, as the source reader records it
                facts.dependency(name, s, DependencyKind.CONSTRUCTS, at, "", "void <init>()");
                continue;
            }
            boolean extendsIt = (i == 0 && cn.superName != null) || isInterface;
            facts.dependency(name, s, extendsIt ? DependencyKind.EXTENDS : DependencyKind.IMPLEMENTS, at, "", "");
        }
        for (String arg : without(Names.inSignature(cn.signature), supertypes)) {
            facts.dependency(name, arg, DependencyKind.TYPE_ARGUMENT, at, "", "");
        }
    }

    private void field(FieldNode f, SourceLocation at) {
        Type type = Type.getType(f.desc);
        String member = Names.display(type) + " " + f.name;
        String raw = Names.referenced(type);
        facts.dependency(name, raw, DependencyKind.FIELD_TYPE, at, member, "");
        for (String arg : without(Names.inSignature(f.signature), raw == null ? List.of() : List.of(raw))) {
            facts.dependency(name, arg, DependencyKind.TYPE_ARGUMENT, at, member, "");
        }
        annotated(Annotation.all(f.visibleAnnotations, f.invisibleAnnotations), at, member);
    }

    private void method(MethodNode m) {
        String signature = Names.signature(m.name, m.desc);
        SourceLocation at = at(firstLine(m));
        List<Annotation> annotations = Annotation.all(m.visibleAnnotations, m.invisibleAnnotations);
        if (!folded && !m.name.equals("<clinit>")) {
            facts.graph.method(
                    new dev.carve.analyzer.model.MethodNode(name, signature, m.name, at, names(annotations)));
        }
        List<String> used = new ArrayList<>();
        String ret = Names.referenced(Type.getReturnType(m.desc));
        facts.dependency(name, ret, DependencyKind.RETURN_TYPE, at, signature, "");
        used.add(ret);
        for (Type p : Type.getArgumentTypes(m.desc)) {
            String param = Names.referenced(p);
            facts.dependency(name, param, DependencyKind.PARAMETER_TYPE, at, signature, "");
            used.add(param);
        }
        if (m.exceptions != null) {
            for (String thrown : m.exceptions) {
                facts.dependency(name, Names.binary(thrown), DependencyKind.THROWS, at, signature, "");
                used.add(Names.binary(thrown));
            }
        }
        for (String arg : without(Names.inSignature(m.signature), used)) {
            facts.dependency(name, arg, DependencyKind.TYPE_ARGUMENT, at, signature, "");
        }
        annotated(annotations, at, signature);
        for (List<AnnotationNode>[] params :
                List.of(nullSafe(m.visibleParameterAnnotations), nullSafe(m.invisibleParameterAnnotations))) {
            for (List<AnnotationNode> p : params) {
                annotated(Annotation.all(p, null), at, signature);
            }
        }
        if (!folded) {
            FrameworkRules.forMethod(cn, name, m, signature, annotations, facts, at);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<AnnotationNode>[] nullSafe(List<AnnotationNode>[] lists) {
        if (lists == null) {
            return new List[0];
        }
        List<AnnotationNode>[] out = new List[lists.length];
        for (int i = 0; i < lists.length; i++) {
            out[i] = lists[i] == null ? List.of() : lists[i];
        }
        return out;
    }

    private void annotated(List<Annotation> annotations, SourceLocation at, String member) {
        for (Annotation a : annotations) {
            facts.dependency(name, a.type(), DependencyKind.ANNOTATED_BY, at, member, "");
        }
    }

    /** {@code names} minus one occurrence of each of {@code raw} (a raw type is not also its own type argument). */
    private static List<String> without(List<String> names, List<String> raw) {
        List<String> rest = new ArrayList<>(names);
        for (String r : raw) {
            if (r != null) {
                rest.remove(r);
            }
        }
        rest.remove("java.lang.Object");
        return rest;
    }

    private TypeKind kind() {
        if ((cn.access & Opcodes.ACC_ANNOTATION) != 0) {
            return TypeKind.ANNOTATION;
        }
        if ((cn.access & Opcodes.ACC_INTERFACE) != 0) {
            return TypeKind.INTERFACE;
        }
        if ((cn.access & Opcodes.ACC_ENUM) != 0) {
            return TypeKind.ENUM;
        }
        if ("java/lang/Record".equals(cn.superName)) {
            return TypeKind.RECORD;
        }
        return TypeKind.CLASS;
    }

    private Set<TypeFlag> flags(List<Annotation> annotations) {
        Set<TypeFlag> flags = EnumSet.noneOf(TypeFlag.class);
        if ((cn.access & Opcodes.ACC_ABSTRACT) != 0 && (cn.access & Opcodes.ACC_INTERFACE) == 0) {
            flags.add(TypeFlag.ABSTRACT);
        }
        if (Annotation.find(annotations, "Entity", "Embeddable", "MappedSuperclass")
                .isPresent()) {
            flags.add(TypeFlag.ENTITY);
        }
        if (Annotation.find(annotations, "Generated").isPresent() || (cn.access & Opcodes.ACC_SYNTHETIC) != 0) {
            flags.add(TypeFlag.GENERATED);
        }
        if (file.test()) {
            flags.add(TypeFlag.TEST);
        }
        return flags;
    }

    private static Set<String> names(List<Annotation> annotations) {
        Set<String> names = new LinkedHashSet<>();
        annotations.forEach(a -> names.add(a.type()));
        return names;
    }

    private int firstLine() {
        int first = 0;
        for (MethodNode m : cn.methods) {
            int line = firstLine(m);
            if (line > 0 && (first == 0 || line < first)) {
                first = line;
            }
        }
        return first;
    }

    static int firstLine(MethodNode m) {
        for (var insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof LineNumberNode l) {
                return l.line;
            }
        }
        return 0;
    }

    SourceLocation at(int line) {
        return SourceLocation.of(file.location(), line);
    }
}
