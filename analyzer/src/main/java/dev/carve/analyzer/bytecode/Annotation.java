package dev.carve.analyzer.bytecode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;

/**
 * One annotation read from a class file: its type and its attribute values flattened to strings (class values as
 * binary names, enum values as constant names, nested annotations skipped).
 */
record Annotation(String type, Map<String, List<String>> values) {

    static Annotation of(AnnotationNode node) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (node.values != null) {
            for (int i = 0; i + 1 < node.values.size(); i += 2) {
                List<String> flat = new ArrayList<>();
                flatten(node.values.get(i + 1), flat);
                values.put((String) node.values.get(i), flat);
            }
        }
        return new Annotation(Names.referenced(Type.getType(node.desc)), values);
    }

    static List<Annotation> all(List<AnnotationNode> visible, List<AnnotationNode> invisible) {
        List<Annotation> all = new ArrayList<>();
        for (List<AnnotationNode> nodes : List.of(nullSafe(visible), nullSafe(invisible))) {
            nodes.forEach(n -> all.add(of(n)));
        }
        return all;
    }

    private static List<AnnotationNode> nullSafe(List<AnnotationNode> nodes) {
        return nodes == null ? List.of() : nodes;
    }

    private static void flatten(Object value, List<String> out) {
        if (value instanceof List<?> list) {
            list.forEach(v -> flatten(v, out));
        } else if (value instanceof Type t) {
            String name = Names.referenced(t);
            out.add(name == null ? t.getClassName() : name);
        } else if (value instanceof String[] enumValue && enumValue.length == 2) {
            out.add(enumValue[1]);
        } else if (value != null && !(value instanceof AnnotationNode)) {
            out.add(String.valueOf(value));
        }
    }

    String simpleName() {
        return Names.simple(type);
    }

    /** The values of the first attribute present among {@code names}, or none. */
    List<String> strings(String... names) {
        for (String n : names) {
            List<String> v = values.get(n);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return List.of();
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The first annotation in {@code annotations} whose simple name is one of {@code simpleNames}. */
    static java.util.Optional<Annotation> find(List<Annotation> annotations, String... simpleNames) {
        for (Annotation a : annotations) {
            for (String s : simpleNames) {
                if (a.simpleName().equals(s)) {
                    return java.util.Optional.of(a);
                }
            }
        }
        return java.util.Optional.empty();
    }
}
