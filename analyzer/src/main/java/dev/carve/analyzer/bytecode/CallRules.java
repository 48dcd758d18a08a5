package dev.carve.analyzer.bytecode;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.SourceLocation;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The source reader's library-call rules, for bytecode: events published ({@code publishEvent}, Kafka/JMS/Rabbit/
 * Stream sends) and entities persisted or found through an {@code EntityManager}. The argument's type is the static
 * type of the value computed right before the call (a constructed object, a local variable, a field, a call's
 * result); a topic is the first string constant on the call's source line.
 */
final class CallRules {
    private static final Set<String> PUBLISHERS = Set.of(
            "ApplicationEventPublisher",
            "ApplicationContext",
            "ConfigurableApplicationContext",
            "GenericApplicationContext",
            "AbstractApplicationContext");
    private static final Set<String> KAFKA =
            Set.of("KafkaTemplate", "KafkaOperations", "ReactiveKafkaProducerTemplate");
    private static final Set<String> JMS = Set.of("JmsTemplate", "JmsOperations", "JmsMessagingTemplate");
    private static final Set<String> RABBIT =
            Set.of("RabbitTemplate", "AmqpTemplate", "RabbitOperations", "RabbitMessagingTemplate");
    private static final Set<String> ENTITY_MANAGER = Set.of("EntityManager", "Session");

    private final String type;
    private final Facts facts;

    CallRules(String type, Facts facts) {
        this.type = type;
        this.facts = facts;
    }

    void call(MethodNode m, MethodInsnNode call, String member, SourceLocation at) {
        String owner = Names.simple(Names.binary(call.owner));
        int args = Type.getArgumentTypes(call.desc).length;
        if (call.name.equals("publishEvent") && PUBLISHERS.contains(owner) && args == 1) {
            facts.dependency(type, payload(m, call), DependencyKind.PUBLISHES_EVENT, at, member, "publishEvent");
        } else if (args >= 2 && isSend(owner, call.name)) {
            String topic = firstStringOnLine(call);
            facts.dependency(type, payload(m, call), DependencyKind.PUBLISHES_EVENT, at, member, "topic:" + topic);
        } else if (ENTITY_MANAGER.contains(owner) && args >= 1) {
            AccessKind access = switch (call.name) {
                case "persist", "merge", "remove", "save", "saveOrUpdate", "delete", "update" -> AccessKind.WRITE;
                default -> null;
            };
            String entity = access == null ? null : argumentType(m, call);
            if (entity != null) {
                facts.entityAccesses.add(
                        new Facts.EntityAccess(type, entity, access, AccessVia.JPA_ENTITY, at, member));
            }
        }
    }

    private static boolean isSend(String owner, String name) {
        if (KAFKA.contains(owner) || owner.equals("StreamBridge")) {
            return name.equals("send");
        }
        return (JMS.contains(owner) || RABBIT.contains(owner))
                && (name.equals("convertAndSend") || name.equals("send"));
    }

    private String payload(MethodNode m, MethodInsnNode call) {
        String t = argumentType(m, call);
        return t == null ? "java.lang.Object" : t;
    }

    /** The static type of the last argument of {@code call}, when the instruction before it shows it. */
    static String argumentType(MethodNode m, MethodInsnNode call) {
        AbstractInsnNode prev = call.getPrevious();
        while (prev != null && prev.getOpcode() < 0) {
            prev = prev.getPrevious(); // labels, line numbers, frames
        }
        if (prev instanceof MethodInsnNode p) {
            return p.name.equals("<init>") ? Names.binary(p.owner) : Names.referenced(Type.getReturnType(p.desc));
        }
        if (prev instanceof TypeInsnNode t && t.getOpcode() == Opcodes.CHECKCAST) {
            return Names.referenced(Type.getObjectType(t.desc));
        }
        if (prev instanceof FieldInsnNode f) {
            return Names.referenced(Type.getType(f.desc));
        }
        if (prev instanceof LdcInsnNode l && l.cst instanceof String) {
            return "java.lang.String";
        }
        if (prev instanceof VarInsnNode v && v.getOpcode() == Opcodes.ALOAD) {
            return localType(m, v);
        }
        return null;
    }

    private static String localType(MethodNode m, VarInsnNode load) {
        if (m.localVariables != null) {
            int at = m.instructions.indexOf(load);
            for (LocalVariableNode lv : m.localVariables) {
                if (lv.index == load.var
                        && m.instructions.indexOf(lv.start) <= at
                        && at <= m.instructions.indexOf(lv.end)) {
                    return Names.referenced(Type.getType(lv.desc));
                }
            }
        }
        boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
        int slot = isStatic ? 0 : 1;
        for (Type p : Type.getArgumentTypes(m.desc)) {
            if (slot == load.var) {
                return Names.referenced(p);
            }
            slot += p.getSize();
        }
        return null;
    }

    /** The first string constant on the call's source line (a send's topic), or {@code ?}. */
    private static String firstStringOnLine(MethodInsnNode call) {
        String first = "?";
        for (AbstractInsnNode i = call.getPrevious();
                i != null && !(i instanceof LineNumberNode);
                i = i.getPrevious()) {
            if (i instanceof LdcInsnNode l && l.cst instanceof String s) {
                first = s;
            }
        }
        return first;
    }
}
