package dev.carve.analyzer.bytecode;

import dev.carve.analyzer.data.SqlStatements;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * What method bodies use: calls ({@code INVOKES}), object creation ({@code CONSTRUCTS}), field reads and writes,
 * lambdas and method references, casts and class literals ({@code TYPE_ARGUMENT}, as the source reader files
 * them), and SQL in string constants. A lambda body (a synthetic {@code lambda$name$n} method) counts for the
 * method that declares the lambda.
 */
final class MethodBodies {
    private static final String LAMBDA_FACTORY = "java/lang/invoke/LambdaMetafactory";
    private static final Set<String> JDBC = Set.of(
            "JdbcTemplate",
            "NamedParameterJdbcTemplate",
            "JdbcOperations",
            "NamedParameterJdbcOperations",
            "JdbcClient",
            "SimpleJdbcCall");
    private static final Set<String> JPQL_METHODS =
            Set.of("createQuery", "createTypedQuery", "createSelectionQuery", "createMutationQuery");
    private static final Set<String> SQL_METHODS =
            Set.of("createNativeQuery", "prepareStatement", "executeQuery", "executeUpdate", "addBatch", "execute");

    private final ClassNode cn;
    private final String type;
    private final Facts facts;
    private final IntFunction<SourceLocation> at;
    private final Map<String, String> signaturesByName = new HashMap<>();
    private final CallRules rules;

    MethodBodies(ClassNode cn, String type, Facts facts, IntFunction<SourceLocation> at) {
        this.cn = cn;
        this.type = type;
        this.facts = facts;
        this.at = at;
        this.rules = new CallRules(type, facts);
        for (MethodNode m : cn.methods) {
            if ((m.access & Opcodes.ACC_SYNTHETIC) == 0) {
                // a name declared twice (overloads) is ambiguous: the lambda keeps its own name then
                signaturesByName.merge(m.name, Names.signature(m.name, m.desc), (a, b) -> "");
            }
        }
        signaturesByName.putIfAbsent("static", "void <clinit>()");
    }

    void scan(MethodNode m) {
        if ((m.access & Opcodes.ACC_BRIDGE) != 0 || m.instructions.size() == 0) {
            return;
        }
        String member = member(m);
        Map<String, Integer> pendingNew = new HashMap<>();
        List<Sql> pendingSql = new ArrayList<>();
        int line = 0;
        for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof LineNumberNode l) {
                line = l.line;
            } else if (insn instanceof MethodInsnNode call) {
                call(call, member, line, pendingNew);
                sqlUse(call, member, pendingSql);
                rules.call(m, call, member, at.apply(line));
            } else if (insn instanceof TypeInsnNode t) {
                typeInsn(t, member, line, pendingNew);
            } else if (insn instanceof FieldInsnNode f) {
                field(f, member, line);
            } else if (insn instanceof InvokeDynamicInsnNode indy) {
                lambda(indy, member, line);
            } else if (insn instanceof LdcInsnNode ldc) {
                constant(ldc.cst, member, line, pendingSql);
            } else if (insn instanceof MultiANewArrayInsnNode array) {
                use(Type.getType(array.desc), member, line);
            }
        }
        for (Sql sql : pendingSql) {
            facts.sql(sql.text(), type, member, at.apply(sql.line()), AccessVia.NATIVE_SQL, false);
        }
    }

    /** A string constant that looks like SQL, waiting for the call it is passed to. */
    private record Sql(String text, int line) {}

    /**
     * SQL constants passed to a SQL API, read as the source reader reads them: {@code createQuery} and friends take
     * JPQL, JdbcTemplate and friends and JDBC's statement methods native SQL (unparseable statements reported).
     */
    private void sqlUse(MethodInsnNode call, String member, List<Sql> pendingSql) {
        if (pendingSql.isEmpty()) {
            return;
        }
        boolean jpql = JPQL_METHODS.contains(call.name);
        boolean jdbc = JDBC.contains(Names.simple(Names.binary(call.owner)));
        boolean sqlApi = jdbc || SQL_METHODS.contains(call.name);
        if (!jpql && !sqlApi) {
            return;
        }
        for (Sql sql : pendingSql) {
            if (jpql) {
                facts.jpql(sql.text(), type, member, at.apply(sql.line()));
            } else {
                AccessVia via = jdbc ? AccessVia.JDBC_TEMPLATE : AccessVia.NATIVE_SQL;
                facts.sql(sql.text(), type, member, at.apply(sql.line()), via, true);
            }
        }
        pendingSql.clear();
    }

    /** The member a body's facts belong to: its own signature, or for a lambda body the declaring method's. */
    private String member(MethodNode m) {
        String own = Names.signature(m.name, m.desc);
        if ((m.access & Opcodes.ACC_SYNTHETIC) == 0 || !m.name.startsWith("lambda$")) {
            return own;
        }
        String[] parts = m.name.split("\\$");
        String enclosing =
                parts.length > 1 ? signaturesByName.getOrDefault(parts[1].equals("new") ? "<init>" : parts[1], "") : "";
        return enclosing.isEmpty() ? own : enclosing;
    }

    private void call(MethodInsnNode call, String member, int line, Map<String, Integer> pendingNew) {
        String owner = owner(call.owner);
        if (owner == null) {
            return;
        }
        String callee = Names.signature(call.name, call.desc);
        if (call.name.equals("<init>")) {
            int pending = pendingNew.getOrDefault(call.owner, 0);
            if (pending > 0) {
                pendingNew.put(call.owner, pending - 1);
                if (!isFolded(call.owner)) {
                    facts.dependency(type, owner, DependencyKind.CONSTRUCTS, at.apply(line), member, callee);
                }
                return;
            }
            if (call.owner.equals(cn.superName) || call.owner.equals(cn.name)) {
                return; // super(...) or this(...): EXTENDS already says it, and sources record no call either
            }
        }
        if (!isFolded(call.owner)) {
            facts.dependency(type, owner, DependencyKind.INVOKES, at.apply(line), member, callee);
        }
    }

    private void typeInsn(TypeInsnNode t, String member, int line, Map<String, Integer> pendingNew) {
        switch (t.getOpcode()) {
            case Opcodes.NEW -> pendingNew.merge(t.desc, 1, Integer::sum);
            case Opcodes.CHECKCAST, Opcodes.ANEWARRAY, Opcodes.INSTANCEOF -> {
                String target = owner(t.desc);
                if (target != null && !isFolded(t.desc)) {
                    facts.dependency(type, target, DependencyKind.TYPE_ARGUMENT, at.apply(line), member, "");
                }
            }
            default -> {}
        }
    }

    private void field(FieldInsnNode f, String member, int line) {
        String owner = owner(f.owner);
        if (owner == null || owner.equals(type) || f.name.startsWith("this$") || f.name.startsWith("val$")) {
            return;
        }
        boolean write = f.getOpcode() == Opcodes.PUTFIELD || f.getOpcode() == Opcodes.PUTSTATIC;
        facts.dependency(
                type,
                owner,
                write ? DependencyKind.WRITES_FIELD : DependencyKind.READS_FIELD,
                at.apply(line),
                member,
                f.name);
    }

    private void lambda(InvokeDynamicInsnNode indy, String member, int line) {
        if (!LAMBDA_FACTORY.equals(indy.bsm.getOwner())
                || indy.bsmArgs.length < 2
                || !(indy.bsmArgs[1] instanceof Handle impl)) {
            return; // string concatenation, records' ObjectMethods, pattern switches: no dependency of their own
        }
        if (impl.getOwner().equals(cn.name) && impl.getName().startsWith("lambda$")) {
            String functional = Names.referenced(Type.getReturnType(indy.desc));
            facts.dependency(type, functional, DependencyKind.METHOD_REFERENCE, at.apply(line), member, "lambda");
            return;
        }
        String target = owner(impl.getOwner());
        String name = impl.getName().equals("<init>") ? "new" : impl.getName();
        facts.dependency(type, target, DependencyKind.METHOD_REFERENCE, at.apply(line), member, name);
    }

    private void constant(Object value, String member, int line, List<Sql> pendingSql) {
        if (value instanceof Type t && t.getSort() != Type.METHOD) {
            use(t, member, line);
        } else if (value instanceof String s && SqlStatements.looksLikeSql(s)) {
            pendingSql.add(new Sql(s, line));
        }
    }

    private void use(Type t, String member, int line) {
        String target = Names.referenced(t);
        if (target != null
                && !isFolded(t.getSort() == Type.ARRAY ? t.getElementType().getInternalName() : t.getInternalName())) {
            facts.dependency(type, target, DependencyKind.TYPE_ARGUMENT, at.apply(line), member, "");
        }
    }

    /** The type an owner names (array owners, e.g. {@code clone()} on an array, name their element type). */
    private static String owner(String internal) {
        if (internal.startsWith("[")) {
            return Names.referenced(Type.getType(internal));
        }
        return Names.binary(internal);
    }

    /** Whether an internal name is an anonymous or local class (its facts belong to the enclosing type). */
    private static boolean isFolded(String internal) {
        return internal.startsWith("[") ? false : !Names.binary(internal).equals(internal.replace('/', '.'));
    }
}
