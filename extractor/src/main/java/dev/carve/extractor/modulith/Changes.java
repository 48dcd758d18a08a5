package dev.carve.extractor.modulith;

import dev.carve.extractor.ExtractionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The difference between the project on disk and the rewritten files: what to change, create and delete.
 *
 * @param texts every file to write, relative path to content
 * @param changed existing files whose content changes
 * @param created files that do not exist yet
 * @param deleted files to remove
 */
record Changes(Map<Path, String> texts, List<Path> changed, List<Path> created, List<Path> deleted) {

    static Changes between(Path project, Map<Path, String> before, Map<Path, String> after, Map<Path, String> others) {
        Map<Path, String> texts = new java.util.LinkedHashMap<>();
        List<Path> changed = new ArrayList<>();
        List<Path> created = new ArrayList<>();
        List<Path> deleted = new ArrayList<>();
        before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(deleted::add);
        Map<Path, String> all = new java.util.LinkedHashMap<>(after);
        all.putAll(others);
        all.forEach((path, text) -> {
            String old = before.containsKey(path)
                    ? before.get(path)
                    : ModulithExtractor.read(project.resolve(path)).orElse(null);
            if (old == null) {
                created.add(path);
                texts.put(path, text);
            } else if (!Objects.equals(old, text)) {
                changed.add(path);
                texts.put(path, text);
            }
        });
        return new Changes(texts, changed, created, deleted);
    }

    boolean isEmpty() {
        return texts.isEmpty() && deleted.isEmpty();
    }

    void write(Path project) {
        try {
            for (Map.Entry<Path, String> entry : texts.entrySet()) {
                Path file = project.resolve(entry.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
            }
            for (Path path : deleted) {
                Path file = project.resolve(path);
                Files.deleteIfExists(file);
                deleteEmptyParents(project, file.getParent());
            }
        } catch (IOException e) {
            throw ExtractionException.internal("writing the rewritten sources failed: " + e.getMessage(), e);
        }
    }

    private static void deleteEmptyParents(Path project, Path dir) throws IOException {
        Path current = dir;
        while (current != null && current.startsWith(project.resolve("src")) && !current.equals(project)) {
            try (var entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }
}
