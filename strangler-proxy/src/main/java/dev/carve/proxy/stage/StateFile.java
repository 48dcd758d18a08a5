package dev.carve.proxy.stage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.carve.proxy.ProxyException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every route's state in one JSON file, written atomically (a temporary file moved over the old one) so a crash
 * never leaves half a file. Routes no longer in the config stay in the file, so removing and re-adding a route
 * keeps its stage.
 */
public final class StateFile {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;

    /** A state file at {@code file}; null keeps state in memory only. */
    public StateFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** The saved states by route name; empty when there is no file yet. */
    public Map<String, RouteState> load() {
        if (file == null) {
            return new TreeMap<>();
        }
        try {
            Saved saved = JSON.readValue(Files.readString(file), Saved.class);
            return saved.routes() == null ? new TreeMap<>() : new TreeMap<>(saved.routes());
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (JsonProcessingException e) {
            throw ProxyException.badInput(
                    file + ": the proxy state file is not valid (" + e.getOriginalMessage()
                            + "). Fix it, or move it away to start every route from the stage in the config.",
                    e);
        } catch (IOException e) {
            throw ProxyException.badInput(file + ": cannot read the proxy state file: " + e.getMessage(), e);
        }
    }

    public void save(Map<String, RouteState> states) {
        if (file == null) {
            return;
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".proxy-state", ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(new Saved(1, new TreeMap<>(states))));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw ProxyException.internal("cannot write the proxy state file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's layout; {@code version} lets later releases migrate it. */
    record Saved(int version, Map<String, RouteState> routes) {}
}
