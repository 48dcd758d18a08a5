package com.acme.shop.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InventoryFlowIT extends FlowTestSupport {

    @Test
    void receiptsAndCorrectionsChangeStockAndAreBookedInTheLedger() {
        long productId = newProduct("10.00", 0);
        JsonNode warehouse = api.post(
                        "/api/warehouses", Map.of("code", unique("WH"), "name", "Test hall", "country", "DE"))
                .ok();
        long warehouseId = warehouse.path("id").asLong();
        assertThat(api.get("/api/warehouses").ok().findValuesAsString("code"))
                .contains(warehouse.path("code").asString(), "BER1");

        receive(productId, warehouseId, 30);
        JsonNode level = api.post(
                        "/api/inventory/adjustments",
                        Map.of(
                                "productId",
                                productId,
                                "warehouseId",
                                warehouseId,
                                "quantity",
                                -4,
                                "type",
                                "ADJUSTMENT",
                                "reference",
                                "stock count"))
                .ok();
        assertThat(level.path("onHand").asInt()).isEqualTo(26);

        JsonNode stock = api.get("/api/inventory/" + productId).ok();
        assertThat(stock.path("totalAvailable").asLong()).isEqualTo(26);
        JsonNode movements =
                api.get("/api/inventory/" + productId + "/movements").ok();
        assertThat(movements.findValuesAsString("type")).containsExactly("ADJUSTMENT", "RECEIPT");
    }

    @Test
    void stockCannotGoBelowWhatIsReservedForOpenOrders() {
        long productId = newProduct("10.00", 5);
        long[] customer = newCustomer();
        placeOrder(customer, productId, 3, "tok_ok").expectStatus(201);

        api.post(
                        "/api/inventory/adjustments",
                        Map.of(
                                "productId",
                                productId,
                                "warehouseId",
                                BERLIN_WAREHOUSE,
                                "quantity",
                                -3,
                                "type",
                                "ADJUSTMENT"))
                .expectStatus(409);
        assertThat(available(productId)).isEqualTo(2);
    }

    @Test
    void lowStockListsLevelsAtOrBelowTheThreshold() {
        long productId = newProduct("10.00", 2);
        JsonNode low = api.get("/api/inventory/low-stock?threshold=2").ok();
        assertThat(low.findValuesAsString("sku")).isNotEmpty();
        assertThat(low.findValues("productId").stream().map(JsonNode::asLong)).contains(productId);
    }

    @Test
    void rejectsBadAdjustments() {
        api.post(
                        "/api/inventory/adjustments",
                        Map.of("productId", 1, "warehouseId", 1, "quantity", -1, "type", "RECEIPT"))
                .expectStatus(400);
        api.post(
                        "/api/inventory/adjustments",
                        Map.of("productId", 1, "warehouseId", 1, "quantity", 1, "type", "SHIPMENT"))
                .expectStatus(400);
        api.post("/api/inventory/adjustments", Map.of("productId", 1, "warehouseId", 999, "quantity", 1))
                .expectStatus(422);
        api.get("/api/inventory/999999").expectStatus(404);
    }
}
