package com.acme.shop.flows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ShippingFlowIT extends FlowTestSupport {

    @Test
    void parcelLeavesWithATrackingNumberAndArrives() {
        long[] customer = newCustomer();
        long productId = newProduct("20.00", 5);
        JsonNode order = placeOrder(customer, productId, 2, "tok_ok").ok();
        long orderId = order.path("id").asLong();
        long shipmentId = order.path("shipment").path("id").asLong();
        assertThat(api.get("/api/shipments?status=READY&limit=100").ok().findValues("id").stream()
                        .map(JsonNode::asLong))
                .contains(shipmentId);

        JsonNode dispatched =
                api.post("/api/shipments/" + shipmentId + "/dispatch", null).ok();
        assertThat(dispatched.path("status").asString()).isEqualTo("DISPATCHED");
        assertThat(dispatched.path("trackingUrl").asString())
                .contains(dispatched.path("trackingNumber").asString());
        assertThat(api.get("/api/inventory/" + productId)
                        .ok()
                        .path("warehouses")
                        .get(0)
                        .path("onHand")
                        .asInt())
                .isEqualTo(3);
        assertThat(api.get("/api/orders/" + orderId).ok().path("status").asString())
                .isEqualTo("SHIPPED");
        api.post("/api/orders/" + orderId + "/cancel", null).expectStatus(409);
        api.post("/api/shipments/" + shipmentId + "/dispatch", null).expectStatus(409);

        JsonNode delivered =
                api.post("/api/shipments/" + shipmentId + "/deliver", null).ok();
        assertThat(delivered.path("deliveredAt").isNull()).isFalse();
        assertThat(api.get("/api/shipments/" + shipmentId).ok().path("status").asString())
                .isEqualTo("DELIVERED");
        assertThat(api.get("/api/orders/" + orderId).ok().path("status").asString())
                .isEqualTo("DELIVERED");
        assertThat(api.get("/api/notifications?customerId=" + customer[0]).ok().findValuesAsString("templateCode"))
                .contains("shipment-dispatched", "shipment-delivered", "order-confirmation");
    }

    @Test
    void ratesAreCheapestFirstAndFreeAboveTheThreshold() {
        JsonNode rates =
                api.get("/api/shipping/rates?country=NL&weightGrams=1500").ok();
        assertThat(rates.findValuesAsString("carrierCode")).containsExactly("DHL", "PNL", "UPS");
        JsonNode free = api.get("/api/shipping/rates?country=NL&weightGrams=1500&orderValue=150")
                .ok();
        assertThat(free.get(0).path("price").decimalValue()).isEqualByComparingTo("0");
        assertThat(api.get("/api/carriers").ok().findValuesAsString("code")).containsExactly("DHL", "PNL", "UPS");
        api.get("/api/shipping/rates?country=NL&weightGrams=99999").expectStatus(400);
        api.get("/api/shipping/rates?country=NL").expectStatus(400);
        api.get("/api/shipments/999999").expectStatus(404);
    }
}
