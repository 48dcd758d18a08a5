package dev.carve.proxy.shadow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.carve.proxy.config.RouteConfig;
import dev.carve.proxy.match.FieldPattern;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Compares a legacy response with the target's for one route: status, the configured headers, then the bodies,
 * JSON field by field when both are JSON and byte for byte otherwise. Known noise and ignore paths are skipped.
 */
public final class ResponseComparator {
    static final int MAX_DIFFERENCES = 20;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final List<FieldPattern> ignore;
    private final List<String> headers;
    private final List<String> captured;
    private final NoiseModel noise;

    public ResponseComparator(RouteConfig.Shadow shadow, NoiseModel noise) {
        this.ignore = JsonDiff.compile(shadow.ignore());
        List<String> names = new ArrayList<>();
        for (String h : shadow.compareHeaders()) {
            names.add(h.toLowerCase(Locale.ROOT));
        }
        this.headers = List.copyOf(names);
        for (String h : List.of("content-type", "content-encoding")) {
            if (!names.contains(h)) {
                names.add(h);
            }
        }
        this.captured = List.copyOf(names);
        this.noise = noise;
    }

    /**
     * The response headers a comparison reads (lower case): the compared ones, content type and encoding. Captures
     * keep only these, so the data plane does not copy every header of every shadowed response.
     */
    public List<String> capturedHeaders() {
        return captured;
    }

    /** Learns noise from two legacy answers to one request; returns what differed between them. */
    public List<Difference> learn(CapturedResponse legacy, CapturedResponse legacyAgain) {
        List<Difference> found = differences(legacy, legacyAgain, new NoiseModel());
        noise.learn(found);
        return found;
    }

    /** Differences between the legacy answer and the target's, minus ignore paths and noise. */
    public List<Difference> compare(CapturedResponse legacy, CapturedResponse target) {
        return differences(legacy, target, noise);
    }

    private List<Difference> differences(CapturedResponse a, CapturedResponse b, NoiseModel known) {
        List<Difference> out = new ArrayList<>();
        if (a.status() != b.status() && !known.covers("status")) {
            out.add(Difference.of("status", Integer.toString(a.status()), Integer.toString(b.status())));
        }
        for (String h : headers) {
            String path = "header:" + h;
            String va = a.headers().get(h);
            String vb = b.headers().get(h);
            if (!java.util.Objects.equals(va, vb) && !known.covers(path)) {
                out.add(Difference.of(path, va, vb));
            }
        }
        byte[] ba = decoded(a);
        byte[] bb = decoded(b);
        if (isJson(a) && isJson(b)) {
            JsonNode ja = parse(ba);
            JsonNode jb = parse(bb);
            if (ja != null && jb != null) {
                out.addAll(JsonDiff.diff(ja, jb, ignore, known, MAX_DIFFERENCES - out.size()));
                return out;
            }
        }
        if (!Arrays.equals(ba, bb) && !known.covers("body") && !ignoresWholeBody()) {
            out.add(Difference.of("body", preview(ba), preview(bb)));
        }
        return out;
    }

    private boolean ignoresWholeBody() {
        for (FieldPattern p : ignore) {
            if (p.covers(List.of())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJson(CapturedResponse r) {
        String type = r.header("content-type").toLowerCase(Locale.ROOT);
        return type.contains("json");
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null; // not JSON after all: compared as bytes
        }
    }

    static byte[] decoded(CapturedResponse r) {
        String encoding = r.header("content-encoding").toLowerCase(Locale.ROOT).trim();
        if (encoding.isEmpty() || encoding.equals("identity") || r.body().length == 0) {
            return r.body();
        }
        try (InputStream in = encoding.equals("gzip") || encoding.equals("x-gzip")
                ? new GZIPInputStream(new ByteArrayInputStream(r.body()))
                : encoding.equals("deflate") ? new InflaterInputStream(new ByteArrayInputStream(r.body())) : null) {
            return in == null ? r.body() : in.readNBytes(64 * 1024 * 1024);
        } catch (IOException e) {
            return r.body(); // not decodable: compared as sent
        }
    }

    private static String preview(byte[] body) {
        String s = new String(
                body, 0, Math.min(body.length, Difference.MAX_VALUE), java.nio.charset.StandardCharsets.UTF_8);
        return body.length + " bytes: " + s;
    }
}
