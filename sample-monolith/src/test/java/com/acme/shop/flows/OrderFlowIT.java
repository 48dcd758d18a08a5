package com.acme.shop.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrderFlowIT extends FlowTestSupport {

    @Test
    void checkoutPricesReservesChargesAndPreparesTheParcel() {
        long[] customer = newCustomer();
        long productId = newProduct("30.00", 10);
        JsonNode order = placeOrder(customer, productId, 2, "tok_visa").ok();

        assertThat(order.path("status").asString()).isEqualTo("PAID");
        assertThat(order.path("subtotal").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(order.path("shippingCost").decimalValue()).isEqualByComparingTo("4.90");
        assertThat(order.path("tax").decimalValue()).isEqualByComparingTo("12.33");
        assertThat(order.path("total").decimalValue()).isEqualByComparingTo("77.23");
        assertThat(order.path("payments").get(0).path("status").asString()).isEqualTo("CAPTURED");
        assertThat(order.path("shipment").path("status").asString()).isEqualTo("READY");
        assertThat(available(productId)).isEqualTo(8);

        long id = order.path("id").asLong();
        assertThat(api.get("/api/orders/" + id + "/history").ok().findValuesAsString("toStatus"))
                .containsExactly("NEW", "PENDING_PAYMENT", "PAID");
        JsonNode list = api.get("/api/orders?customerId=" + customer[0]).ok();
        assertThat(list.path("content").get(0).path("orderNumber").asString())
                .isEqualTo(order.path("orderNumber").asString());
        assertThat(api.get("/api/orders?status=PAID&size=5")
                        .ok()
                        .path("content")
                        .size())
                .isPositive();
    }

    @Test
    void quoteCostsTheSameAsTheOrderButChangesNothing() {
        long[] customer = newCustomer();
        long productId = newProduct("25.00", 10);
        Map<String, Object> request = Map.of(
                "customerId",
                customer[0],
                "shippingAddressId",
                customer[1],
                "lines",
                List.of(Map.of("productId", productId, "quantity", 3)),
                "couponCode",
                "WELCOME10");
        JsonNode quote = api.post("/api/orders/quote", request).ok();
        assertThat(quote.path("total").decimalValue()).isEqualByComparingTo("86.16");
        assertThat(quote.path("estimatedDeliveryDays").asInt()).isEqualTo(4);
        assertThat(available(productId)).isEqualTo(10);

        JsonNode order = placeOrder(
                        customer,
                        List.of(Map.<String, Object>of("productId", productId, "quantity", 3)),
                        "WELCOME10",
                        "tok_ok")
                .ok();
        assertThat(order.path("total").decimalValue())
                .isEqualByComparingTo(quote.path("total").decimalValue());
    }

    @Test
    void declinedPaymentKeepsTheOrderUntilAnotherCardWorks() {
        long[] customer = newCustomer();
        long productId = newProduct("15.00", 3);
        JsonNode order = placeOrder(customer, productId, 1, "tok_declined_card").ok();
        assertThat(order.path("status").asString()).isEqualTo("PAYMENT_FAILED");
        assertThat(order.path("shipment").isNull()).isTrue();
        assertThat(available(productId)).isEqualTo(2);

        long id = order.path("id").asLong();
        JsonNode payment = api.post("/api/orders/" + id + "/payments", Map.of("paymentToken", "tok_mastercard"))
                .ok();
        assertThat(payment.path("status").asString()).isEqualTo("CAPTURED");
        JsonNode paid = api.get("/api/orders/" + id).ok();
        assertThat(paid.path("status").asString()).isEqualTo("PAID");
        assertThat(paid.path("payments").size()).isEqualTo(2);
        assertThat(paid.path("shipment").path("status").asString()).isEqualTo("READY");
        api.post("/api/orders/" + id + "/payments", Map.of("paymentToken", "tok_again"))
                .expectStatus(409);
    }

    @Test
    void cancellingAPaidOrderRefundsItAndReleasesTheStock() {
        long[] customer = newCustomer();
        long productId = newProduct("40.00", 4);
        JsonNode order = placeOrder(customer, productId, 4, "tok_ok").ok();
        assertThat(available(productId)).isZero();

        JsonNode cancelled = api.post(
                        "/api/orders/" + order.path("id").asLong() + "/cancel", Map.of("reason", "too slow"))
                .ok();
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("payments").get(0).path("status").asString()).isEqualTo("REFUNDED");
        assertThat(cancelled.path("shipment").path("status").asString()).isEqualTo("CANCELLED");
        assertThat(available(productId)).isEqualTo(4);
        api.post("/api/orders/" + order.path("id").asLong() + "/cancel", Map.of())
                .expectStatus(409);
    }

    @Test
    void refusesOrdersItCannotFulfil() {
        long[] customer = newCustomer();
        long productId = newProduct("5.00", 1);
        placeOrder(customer, productId, 2, "tok_ok").expectStatus(409);
        assertThat(available(productId)).isEqualTo(1);

        long[] other = newCustomer();
        placeOrder(new long[] {customer[0], other[1]}, productId, 1, "tok_ok").expectStatus(422);
        api.delete("/api/products/" + productId).expectStatus(204);
        placeOrder(customer, productId, 1, "tok_ok").expectStatus(422);
        placeOrder(customer, productId, 0, "tok_ok").expectStatus(400);
        placeOrder(customer, productId, 1, null).expectStatus(400);
        api.get("/api/orders/999999").expectStatus(404);
    }
}
