package com.acme.shop.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PricingFlowIT extends FlowTestSupport {

    @Test
    void promotionsLowerThePriceOfTheirCategory() {
        // the seeded "Books week" (or a bigger promotion someone added to Books since) applies to a new book
        JsonNode book = api.post(
                        "/api/products",
                        Map.of(
                                "sku",
                                unique("BK-"),
                                "name",
                                "A book",
                                "categoryId",
                                2,
                                "weightGrams",
                                300,
                                "price",
                                44.5))
                .ok();
        JsonNode bookPrice = api.get("/api/prices/" + book.path("id").asLong()).ok();
        assertThat(bookPrice.path("basePrice").decimalValue()).isEqualByComparingTo("44.50");
        assertThat(bookPrice.path("effectivePrice").decimalValue()).isLessThanOrEqualTo(new BigDecimal("40.05"));
        assertThat(bookPrice.path("appliedPromotions").size()).isEqualTo(1);

        JsonNode category =
                api.post("/api/categories", Map.of("name", unique("Promo "))).ok();
        JsonNode product = api.post(
                        "/api/products",
                        Map.of(
                                "sku",
                                unique("PR-"),
                                "name",
                                "Promo item",
                                "categoryId",
                                category.path("id").asLong(),
                                "weightGrams",
                                100,
                                "price",
                                20))
                .ok();
        api.post(
                        "/api/promotions",
                        Map.of(
                                "name",
                                "Half price",
                                "type",
                                "PERCENT_OFF",
                                "value",
                                50,
                                "categoryId",
                                category.path("id").asLong()))
                .ok();
        JsonNode price = api.get("/api/prices/" + product.path("id").asLong()).ok();
        assertThat(price.path("effectivePrice").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(api.get("/api/promotions").ok().findValuesAsString("name")).contains("Half price");
    }

    @Test
    void aNewPriceAppliesFromItsValidFrom() {
        long productId = newProduct("12.00", 0);
        JsonNode changed = api.put("/api/prices/" + productId, Map.of("price", 14.5, "changedBy", "pricing team"))
                .ok();
        assertThat(changed.path("basePrice").decimalValue()).isEqualByComparingTo("14.50");
        JsonNode later = api.put("/api/prices/" + productId, Map.of("price", 99, "validFrom", "2099-01-01T00:00:00Z"))
                .ok();
        assertThat(later.path("basePrice").decimalValue()).isEqualByComparingTo("14.50");
        api.put("/api/prices/" + productId, Map.of("price", 1, "validFrom", "2001-01-01T00:00:00Z"))
                .expectStatus(400);
    }

    @Test
    void couponsAreValidatedAgainstTheOrderTotal() {
        String code = unique("SAVE-");
        api.post("/api/coupons", Map.of("code", code, "discountAmount", 5, "minOrderTotal", 30, "maxUses", 1))
                .expectStatus(201);
        JsonNode tooSmall =
                api.get("/api/coupons/" + code + "/validate?orderTotal=20").ok();
        assertThat(tooSmall.path("valid").asBoolean()).isFalse();
        JsonNode fine =
                api.get("/api/coupons/" + code + "/validate?orderTotal=50").ok();
        assertThat(fine.path("valid").asBoolean()).isTrue();
        assertThat(fine.path("discount").decimalValue()).isEqualByComparingTo("5");
        assertThat(api.get("/api/coupons/NOPE-NOPE/validate")
                        .ok()
                        .path("reason")
                        .asString())
                .isEqualTo("unknown code");
        api.post("/api/coupons", Map.of("code", code, "discountAmount", 5)).expectStatus(409);
        api.post("/api/coupons", Map.of("code", unique("BOTH-"), "discountAmount", 5, "discountPercent", 5))
                .expectStatus(400);
    }

    @Test
    void aCouponWithOneUseCanBeRedeemedOnce() {
        String code = unique("ONCE-");
        api.post("/api/coupons", Map.of("code", code, "discountPercent", 10, "maxUses", 1))
                .ok();
        long productId = newProduct("50.00", 10);
        long[] customer = newCustomer();
        List<Map<String, Object>> line = List.of(Map.<String, Object>of("productId", productId, "quantity", 1));
        JsonNode order = placeOrder(customer, line, code, "tok_ok").ok();
        assertThat(order.path("discount").decimalValue()).isEqualByComparingTo("5.00");
        placeOrder(customer, line, code, "tok_ok").expectStatus(422);
    }
}
