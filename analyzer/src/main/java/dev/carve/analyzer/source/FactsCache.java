package dev.carve.analyzer.source;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-file results on disk, keyed by the file's path and validated by its content hash and the analysis context
 * (reader version, dependency jars). A corrupt or stale entry is a miss, never an error.
 */
final class FactsCache {
    /** Bump when the facts a file yields change for the same input. */
    static final String VERSION = "source-1";

    private static final Logger LOG = LoggerFactory.getLogger(FactsCache.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .build();

    private record Entry(String version, String context, FileFacts facts) {}

    private final Path dir;
    private final String context;

    FactsCache(Path dir, String context) {
        this.dir = dir;
        this.context = context;
    }

    Optional<FileFacts> get(String file, String hash) {
        Path entry = dir.resolve(key(file));
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            Entry e = JSON.readValue(entry.toFile(), Entry.class);
            if (VERSION.equals(e.version())
                    && context.equals(e.context())
                    && e.facts() != null
                    && hash.equals(e.facts().hash())) {
                return Optional.of(e.facts());
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("cache entry {} unreadable, re-analyzing {}", entry, file, e);
        }
        return Optional.empty();
    }

    void put(FileFacts facts) {
        try {
            Files.createDirectories(dir);
            Path entry = dir.resolve(key(facts.file()));
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            JSON.writeValue(tmp.toFile(), new Entry(VERSION, context, facts));
            Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot cache {}", facts.file(), e);
        }
    }

    static String hash(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    private static String key(String file) {
        return HexFormat.of().formatHex(digest().digest(file.getBytes(StandardCharsets.UTF_8))) + ".json";
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
