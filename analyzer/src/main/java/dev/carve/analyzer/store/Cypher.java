package dev.carve.analyzer.store;

import dev.carve.analyzer.CarveException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads the Cypher statements that live in {@code resources/dev/carve/analyzer/store/cypher/*.cypher}. */
final class Cypher {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Cypher() {}

    /** The statement in {@code <name>.cypher}, with {@code //} comment lines removed. */
    static String statement(String name) {
        return CACHE.computeIfAbsent(name, Cypher::read);
    }

    /** The statements of a file that holds several, each ending with {@code ;} at the end of a line. */
    static List<String> statements(String name) {
        return Arrays.stream(statement(name).split(";\\s*(\\n|$)"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String read(String name) {
        String resource = "cypher/" + name + ".cypher";
        try (InputStream in = Cypher.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder out = new StringBuilder();
            for (String line : text.split("\n")) {
                if (!line.strip().startsWith("//")) {
                    out.append(line).append('\n');
                }
            }
            return out.toString().strip();
        } catch (IOException e) {
            throw CarveException.internal("Cannot read the Cypher resource " + resource, e);
        }
    }
}
