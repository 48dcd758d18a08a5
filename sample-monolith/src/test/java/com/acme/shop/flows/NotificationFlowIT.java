package com.acme.shop.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NotificationFlowIT extends FlowTestSupport {

    @Test
    void editedTemplatesAreUsedForTheNextMail() {
        JsonNode templates = api.get("/api/notification-templates").ok();
        assertThat(templates.findValuesAsString("code"))
                .contains("order-confirmation", "order-cancelled", "shipment-dispatched", "refund-issued", "welcome");

        api.put(
                        "/api/notification-templates/order-confirmation",
                        Map.of(
                                "subject",
                                "Thanks for order {orderNumber}",
                                "body",
                                "Hi {firstName}, {total} {currency}."))
                .ok();
        long[] customer = newCustomer();
        long productId = newProduct("10.00", 3);
        JsonNode order = placeOrder(customer, productId, 1, "tok_ok").ok();

        JsonNode mails = api.get("/api/notifications?customerId=" + customer[0] + "&status=PENDING")
                .ok();
        assertThat(mails.findValuesAsString("subject"))
                .contains("Thanks for order " + order.path("orderNumber").asString());
        assertThat(mails.findValuesAsString("recipient")).allMatch(r -> r.endsWith("@example.com"));
    }

    @Test
    void rejectsUnknownTemplatesAndEmptyText() {
        api.put("/api/notification-templates/nope", Map.of("subject", "s", "body", "b"))
                .expectStatus(404);
        api.put("/api/notification-templates/welcome", Map.of("subject", "", "body", "b"))
                .expectStatus(400);
        api.get("/api/notifications?status=LOST").expectStatus(400);
    }
}
