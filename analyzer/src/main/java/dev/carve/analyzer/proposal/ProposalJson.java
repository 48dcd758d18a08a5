package dev.carve.analyzer.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.carve.analyzer.CarveException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code carve-proposal.json}. Unknown fields are ignored (newer minor additions); a newer
 * {@link Proposal#FORMAT_VERSION} is refused; errors name the file, line and field.
 */
public final class ProposalJson {
    /** The file name {@code carve suggest} writes next to the store. */
    public static final String FILE_NAME = "carve-proposal.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ProposalJson() {}

    public static String toJson(Proposal proposal) {
        try {
            return JSON.writeValueAsString(proposal) + "\n";
        } catch (JsonProcessingException e) {
            throw CarveException.internal("cannot write the proposal as JSON", e);
        }
    }

    /** Writes the proposal, creating parent directories. */
    public static void write(Proposal proposal, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(proposal), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CarveException.badInput(file + ": cannot write the proposal: " + e.getMessage(), e);
        }
    }

    public static Proposal read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CarveException.badInput(file + ": no such file. Run 'carve suggest' first, or pass the path of a"
                    + " carve-proposal.json.");
        } catch (IOException e) {
            throw CarveException.badInput(file + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** Parses proposal JSON; {@code origin} names it in messages. */
    public static Proposal parse(String text, String origin) {
        try {
            JsonNode tree = JSON.readTree(text);
            if (tree == null || !tree.isObject()) {
                throw CarveException.badInput(origin + ":1: not a Carve proposal (expected a JSON object).");
            }
            JsonNode version = tree.get("formatVersion");
            if (version == null || !version.canConvertToInt()) {
                throw CarveException.badInput(
                        origin + ": not a Carve proposal: 'formatVersion' is missing. Expected a carve-proposal.json.");
            }
            if (version.asInt() > Proposal.FORMAT_VERSION || version.asInt() < 1) {
                throw CarveException.badInput(origin + ": formatVersion " + version.asInt()
                        + " is not supported; this Carve reads versions 1 to " + Proposal.FORMAT_VERSION
                        + ". Upgrade Carve or regenerate the proposal.");
            }
            return JSON.readValue(text, Proposal.class);
        } catch (JsonMappingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw CarveException.badInput(
                    origin + (line > 0 ? ":" + line : "") + ": field '" + path(e) + "': " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw CarveException.badInput(
                    origin + (line > 0 ? ":" + line : "") + ": not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String path(JsonMappingException e) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                parts.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0 && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + ref.getIndex() + "]");
            }
        }
        return String.join(".", parts);
    }
}
