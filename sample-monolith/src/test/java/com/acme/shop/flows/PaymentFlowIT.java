package com.acme.shop.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaymentFlowIT extends FlowTestSupport {

    @Test
    void partialRefundsUntilNothingIsLeft() {
        long[] customer = newCustomer();
        long productId = newProduct("50.00", 2);
        JsonNode order = placeOrder(customer, productId, 1, "tok_ok").ok();
        long orderId = order.path("id").asLong();
        long paymentId = order.path("payments").get(0).path("id").asLong();
        String total = order.path("total").decimalValue().toPlainString();

        JsonNode refund = api.post("/api/payments/" + paymentId + "/refunds", Map.of("amount", 10, "reason", "scratch"))
                .ok();
        assertThat(refund.path("amount").decimalValue()).isEqualByComparingTo("10");
        JsonNode payment = api.get("/api/payments/" + paymentId).ok();
        assertThat(payment.path("status").asString()).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(payment.path("refundedAmount").decimalValue()).isEqualByComparingTo("10");

        api.post("/api/payments/" + paymentId + "/refunds", Map.of("amount", total, "reason", "too much"))
                .expectStatus(422);
        String rest =
                order.path("total").decimalValue().subtract(BigDecimal.TEN).toPlainString();
        api.post("/api/payments/" + paymentId + "/refunds", Map.of("amount", rest, "reason", "goodwill"))
                .ok();
        assertThat(api.get("/api/orders/" + orderId + "/payments")
                        .ok()
                        .get(0)
                        .path("status")
                        .asString())
                .isEqualTo("REFUNDED");
        assertThat(api.get("/api/orders/" + orderId).ok().path("status").asString())
                .isEqualTo("REFUNDED");
        assertThat(api.get("/api/notifications?customerId=" + customer[0]).ok().findValuesAsString("templateCode"))
                .contains("refund-issued");
    }

    @Test
    void failedPaymentsCannotBeRefunded() {
        long[] customer = newCustomer();
        long productId = newProduct("8.00", 2);
        JsonNode order =
                placeOrder(customer, productId, 1, "tok_insufficient_funds").ok();
        JsonNode payment = order.path("payments").get(0);
        assertThat(payment.path("status").asString()).isEqualTo("FAILED");
        assertThat(payment.path("failureReason").asString()).isEqualTo("insufficient funds");
        api.post("/api/payments/" + payment.path("id").asLong() + "/refunds", Map.of("amount", 1, "reason", "x"))
                .expectStatus(422);
        api.post("/api/payments/" + payment.path("id").asLong() + "/refunds", Map.of("amount", -1, "reason", "x"))
                .expectStatus(400);
        api.get("/api/payments/999999").expectStatus(404);
        api.get("/api/orders/999999/payments").expectStatus(404);
    }
}
