package dev.carve.proxy.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PatternsTest {
    @Test
    void pathPatternsMatchSegmentsVariablesAndRests() {
        PathPattern p = PathPattern.compile("/api/orders/{id}/lines");
        assertThat(p.matches("/api/orders/7/lines")).isTrue();
        assertThat(p.matches("/api/orders/7/lines?x=1")).isTrue();
        assertThat(p.matches("/api/orders//lines")).isFalse();
        assertThat(p.matches("/api/orders/7/lines/2")).isFalse();
        PathPattern rest = PathPattern.compile("/api/orders/**");
        assertThat(rest.matches("/api/orders")).isTrue();
        assertThat(rest.matches("/api/orders/1/2/3")).isTrue();
        assertThat(rest.matches("/api/ordersX")).isFalse();
        assertThat(PathPattern.compile("/").matches("/")).isTrue();
        assertThat(PathPattern.compile("/**").matches("/anything/at/all")).isTrue();
    }

    @Test
    void pathPatternsSeeThroughDotSegmentsAndDoubleSlashes() {
        PathPattern orders = PathPattern.compile("/api/orders/**");
        assertThat(orders.matches("/api/orders/../admin")).isFalse();
        assertThat(orders.matches("/api//orders/1")).isTrue();
        assertThat(orders.matches("/api/./orders/1")).isTrue();
    }

    @Test
    void pathPatternsRefuseWhatTheyCannotMean() {
        assertThatThrownBy(() -> PathPattern.compile("api/x")).hasMessageContaining("starts with '/'");
        assertThatThrownBy(() -> PathPattern.compile("/a/**/b")).hasMessageContaining("last segment");
        assertThatThrownBy(() -> PathPattern.compile("/a/x*")).hasMessageContaining("whole segment");
        assertThatThrownBy(() -> PathPattern.compile("/a?b=1")).hasMessageContaining("without '?'");
    }

    @Test
    void fieldPatternsCoverFieldsIndexesAndDepths() {
        assertThat(FieldPattern.compile("$.items[*].price").covers(FieldPattern.split("$.items[3].price")))
                .isTrue();
        assertThat(FieldPattern.compile("$.items[*].price").covers(FieldPattern.split("$.items[3].qty")))
                .isFalse();
        assertThat(FieldPattern.compile("$..updatedAt").covers(FieldPattern.split("$.a.b[2].updatedAt")))
                .isTrue();
        assertThat(FieldPattern.compile("$.audit").covers(FieldPattern.split("$.audit.by.name")))
                .isTrue();
        assertThat(FieldPattern.compile("meta.*").covers(FieldPattern.split("$.meta.x")))
                .isTrue();
        assertThatThrownBy(() -> FieldPattern.compile("$.a[x]")).hasMessageContaining("not an index");
    }
}
