package dev.carve.proxy.shadow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.proxy.config.RouteConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ResponseComparatorTest {
    static RouteConfig.Shadow shadow(List<String> ignore) {
        return new RouteConfig.Shadow(false, "X-Carve-Shadow", 1.0, List.of("content-type"), ignore, true, 20);
    }

    static CapturedResponse json(int status, String body) {
        return new CapturedResponse(
                status, Map.of("content-type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void comparesJsonFieldByFieldIgnoringOrderAndNumberForms() {
        ResponseComparator c = new ResponseComparator(shadow(List.of()), new NoiseModel());
        assertThat(c.compare(json(200, "{\"a\":1,\"b\":[1,2]}"), json(200, "{\"b\":[1,2.0],\"a\":1.00}")))
                .isEmpty();
        assertThat(c.compare(json(200, "{\"a\":1,\"b\":[1,2]}"), json(200, "{\"a\":1,\"b\":[1,3],\"c\":true}")))
                .containsExactly(new Difference("$.b[1]", "2", "3"), new Difference("$.c", "(absent)", "true"));
    }

    @Test
    void reportsStatusAndSelectedHeaderDifferences() {
        ResponseComparator c = new ResponseComparator(shadow(List.of()), new NoiseModel());
        CapturedResponse html = new CapturedResponse(200, Map.of("content-type", "text/html"), "x".getBytes());
        assertThat(c.compare(json(200, "{}"), html))
                .extracting(Difference::path)
                .contains("header:content-type");
        assertThat(c.compare(json(200, "{}"), json(404, "{}")))
                .extracting(Difference::path)
                .containsExactly("status");
    }

    @Test
    void skipsIgnorePathsAndLearnedNoise() {
        NoiseModel noise = new NoiseModel();
        ResponseComparator c = new ResponseComparator(shadow(List.of("$.meta")), noise);
        List<Difference> learned =
                c.learn(json(200, "{\"id\":1,\"lines\":[{\"at\":1}]}"), json(200, "{\"id\":1,\"lines\":[{\"at\":2}]}"));
        assertThat(learned).extracting(Difference::path).containsExactly("$.lines[0].at");
        assertThat(noise.paths()).containsExactly("$.lines[*].at");
        assertThat(c.compare(
                        json(200, "{\"id\":1,\"meta\":{\"t\":1},\"lines\":[{\"at\":5},{\"at\":6}]}"),
                        json(200, "{\"id\":1,\"meta\":{\"t\":2},\"lines\":[{\"at\":7},{\"at\":8}]}")))
                .isEmpty();
        assertThat(c.compare(json(200, "{\"id\":1}"), json(200, "{\"id\":2}"))).hasSize(1);
    }

    @Test
    void decodesGzipBeforeComparing() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        }
        CapturedResponse gzip = new CapturedResponse(
                200, Map.of("content-type", "application/json", "content-encoding", "gzip"), zipped.toByteArray());
        assertThat(new ResponseComparator(shadow(List.of()), new NoiseModel()).compare(json(200, "{\"a\":1}"), gzip))
                .isEmpty();
    }

    @Test
    void keepsCountsTopPathsAndRecentSamples() {
        DiffStats stats = new DiffStats(2);
        for (int i = 0; i < 5; i++) {
            stats.record(
                    "GET",
                    "/o/" + i,
                    200,
                    200,
                    i % 2 == 0 ? List.of(new Difference("$.x[" + i + "]", "1", "2")) : List.of());
        }
        DiffStats.Snapshot s = stats.snapshot(new NoiseModel());
        assertThat(s.compared()).isEqualTo(5);
        assertThat(s.differed()).isEqualTo(3);
        assertThat(s.topPaths()).containsEntry("$.x[*]", 3L);
        assertThat(s.samples()).extracting(DiffStats.Sample::uri).containsExactly("/o/2", "/o/4");
    }
}
