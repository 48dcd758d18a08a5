package dev.carve.proxy.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** The line of every key path in a YAML text ({@code routes[2].target} to 14), for error messages. */
final class YamlLines {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static YamlLines of(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            Deque<Frame> stack = new ArrayDeque<>();
            String pendingField = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                int line = p.currentTokenLocation().getLineNr();
                switch (t) {
                    case FIELD_NAME -> {
                        pendingField = p.currentName();
                        lines.putIfAbsent(join(stack, pendingField), line);
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String here = childPath(stack, pendingField);
                        if (!here.isEmpty()) {
                            lines.putIfAbsent(here, line);
                        }
                        stack.push(new Frame(here, t == JsonToken.START_ARRAY));
                        pendingField = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        stack.pop();
                        pendingField = null;
                        if (!stack.isEmpty() && stack.peek().array) {
                            stack.peek().index++;
                        }
                    }
                    default -> {
                        lines.putIfAbsent(childPath(stack, pendingField), line);
                        pendingField = null;
                        if (!stack.isEmpty() && stack.peek().array) {
                            stack.peek().index++;
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // broken YAML: the parse error itself carries the line
        }
        return new YamlLines(lines);
    }

    /** The line of this key path, or of its nearest enclosing section that has one; 0 if none. */
    int lineOf(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return 0;
    }

    private static String childPath(Deque<Frame> stack, String field) {
        if (stack.isEmpty()) {
            return "";
        }
        Frame top = stack.peek();
        if (top.array) {
            return top.path + "[" + top.index + "]";
        }
        return field == null ? top.path : join(stack, field);
    }

    private static String join(Deque<Frame> stack, String field) {
        String parent = stack.isEmpty() ? "" : stack.peek().path;
        return parent.isEmpty() ? field : parent + "." + field;
    }

    private static final class Frame {
        final String path;
        final boolean array;
        int index;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }
}
