package dev.carve.extractor.service;

import dev.carve.extractor.ExtractionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A text file under {@code templates/} with {@code {{name}}} placeholders; every placeholder must be given. */
final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private Template() {}

    static String render(String name, Map<String, String> values) {
        String text = load(name);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw ExtractionException.internal("template " + name + " needs {{" + matcher.group(1) + "}}", null);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String load(String name) {
        try (InputStream in = Template.class.getResourceAsStream("templates/" + name)) {
            if (in == null) {
                throw ExtractionException.internal("template " + name + " is missing from the extractor jar", null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ExtractionException.internal("template " + name + " cannot be read", e);
        }
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Template.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw ExtractionException.internal(resource + " is missing from the extractor jar", null);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw ExtractionException.internal(resource + " cannot be read", e);
        }
    }
}
