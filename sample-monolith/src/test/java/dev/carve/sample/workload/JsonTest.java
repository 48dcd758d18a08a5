package dev.carve.sample.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsTheShapesTheShopAnswersWith() {
        Object parsed = Json.parse(
                "{\"id\": 7, \"total\": 12.50, \"lines\": [{\"sku\": \"EL-1\"}], \"shipment\": null, \"ok\": true,"
                        + " \"name\": \"Caf\\u00e9 \\\"Z\\\"\"}");
        Map<String, Object> order = Json.object(parsed);
        assertThat(Json.id(order, "id")).isEqualTo(7);
        assertThat(Json.decimal(order, "total")).isEqualByComparingTo("12.5");
        assertThat(Json.array(order.get("lines"))).hasSize(1);
        assertThat(order.get("shipment")).isNull();
        assertThat(order.get("ok")).isEqualTo(Boolean.TRUE);
        assertThat(Json.string(order, "name")).isEqualTo("Café \"Z\"");
    }

    @Test
    void writesWhatItReads() {
        Map<String, Object> request = Map.of(
                "lines",
                List.of(Map.of("productId", 3, "quantity", 2)),
                "price",
                new BigDecimal("9.90"),
                "note",
                "line\nbreak \"quoted\"");
        assertThat(Json.parse(Json.write(request)))
                .isEqualTo(Map.of(
                        "lines",
                        List.of(Map.of("productId", new BigDecimal("3"), "quantity", new BigDecimal("2"))),
                        "price",
                        new BigDecimal("9.90"),
                        "note",
                        "line\nbreak \"quoted\""));
    }

    @Test
    void rejectsBrokenJsonWithThePosition() {
        assertThatThrownBy(() -> Json.parse("{\"id\": }")).hasMessageContaining("character 7");
        assertThatThrownBy(() -> Json.parse("[1, 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("{} x")).hasMessageContaining("trailing");
    }
}
