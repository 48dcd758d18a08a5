package com.acme.shop.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomerFlowIT extends FlowTestSupport {

    @Test
    void registrationCreatesALoyaltyAccountAndAWelcomeMail() {
        String email = unique("Reg").toLowerCase() + "@Example.com";
        JsonNode customer = api.post(
                        "/api/customers",
                        Map.of("email", email, "firstName", "Rita", "lastName", "Gister", "marketingOptIn", true))
                .ok();
        long id = customer.path("id").asLong();
        assertThat(customer.path("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(customer.path("tier").asString()).isEqualTo("STANDARD");

        JsonNode loyalty = api.get("/api/customers/" + id + "/loyalty").ok();
        assertThat(loyalty.path("points").asInt()).isZero();
        assertThat(loyalty.path("pointsToNextTier").asInt()).isEqualTo(1000);
        JsonNode mails = api.get("/api/notifications?customerId=" + id).ok();
        assertThat(mails.findValuesAsString("templateCode")).containsExactly("welcome");

        api.post("/api/customers", Map.of("email", email.toUpperCase(), "firstName", "A", "lastName", "B"))
                .expectStatus(409);
    }

    @Test
    void addressesAndProfileChanges() {
        long[] customer = newCustomer();
        JsonNode second = api.post(
                        "/api/customers/" + customer[0] + "/addresses",
                        Map.of(
                                "line1",
                                "Rue 2",
                                "city",
                                "Paris",
                                "postalCode",
                                "75001",
                                "country",
                                "FR",
                                "makeDefault",
                                true))
                .ok();
        assertThat(second.path("defaultAddress").asBoolean()).isTrue();
        JsonNode addresses =
                api.get("/api/customers/" + customer[0] + "/addresses").ok();
        assertThat(addresses.size()).isEqualTo(2);
        assertThat(addresses.get(0).path("defaultAddress").asBoolean()).isFalse();

        JsonNode updated = api.put("/api/customers/" + customer[0], Map.of("phone", "+49 30 1", "lastName", "Neu"))
                .ok();
        assertThat(updated.path("lastName").asString()).isEqualTo("Neu");
        assertThat(updated.path("addresses").size()).isEqualTo(2);
        assertThat(api.get("/api/customers?q=neu").ok().path("totalElements").asLong())
                .isPositive();
    }

    @Test
    void paidOrdersEarnPointsAndCountOnTheCustomer() {
        long[] customer = newCustomer();
        long productId = newProduct("100.00", 5);
        placeOrder(customer, productId, 2, "tok_ok").ok();
        JsonNode loyalty = api.get("/api/customers/" + customer[0] + "/loyalty").ok();
        assertThat(loyalty.path("points").asInt()).isEqualTo(238);
        assertThat(api.get("/api/customers/" + customer[0])
                        .ok()
                        .path("orderCount")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void rejectsInvalidInput() {
        api.post("/api/customers", Map.of("email", "not-an-email", "firstName", "A", "lastName", "B"))
                .expectStatus(400);
        api.post(
                        "/api/customers/1/addresses",
                        Map.of("line1", "x", "city", "y", "postalCode", "1", "country", "Germany"))
                .expectStatus(400);
        api.get("/api/customers/999999").expectStatus(404);
        api.get("/api/customers/999999/loyalty").expectStatus(404);
    }
}
