package com.acme.shop.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CatalogFlowIT extends FlowTestSupport {

    @Test
    void newProductIsListedWithItsPriceAndStockUntilItIsDiscontinued() {
        JsonNode category = api.post("/api/categories", Map.of("name", unique("Lamps "), "parentId", 1))
                .ok();
        long categoryId = category.path("id").asLong();
        assertThat(category.path("parentId").asLong()).isEqualTo(1);

        JsonNode created = api.post(
                        "/api/products",
                        Map.of(
                                "sku",
                                unique("LA-"),
                                "name",
                                "Reading lamp",
                                "categoryId",
                                categoryId,
                                "weightGrams",
                                900,
                                "price",
                                39.5,
                                "attributes",
                                Map.of("colour", "green")))
                .ok();
        long id = created.path("id").asLong();
        assertThat(created.path("price").decimalValue()).isEqualByComparingTo("39.50");
        assertThat(created.path("available").asLong()).isZero();
        receive(id, BERLIN_WAREHOUSE, 12);

        JsonNode product = api.get("/api/products/" + id).ok();
        assertThat(product.path("available").asLong()).isEqualTo(12);
        assertThat(product.path("attributes").path("colour").asString()).isEqualTo("green");

        JsonNode page = api.get("/api/products?categoryId=" + categoryId).ok();
        assertThat(page.path("totalElements").asLong()).isEqualTo(1);
        assertThat(page.path("content").get(0).path("price").decimalValue()).isEqualByComparingTo("39.50");
        assertThat(page.path("content").get(0).path("available").asLong()).isEqualTo(12);

        JsonNode updated = api.put("/api/products/" + id, Map.of("name", "Reading lamp XL", "price", 45))
                .ok();
        assertThat(updated.path("name").asString()).isEqualTo("Reading lamp XL");
        assertThat(updated.path("price").decimalValue()).isEqualByComparingTo("45");

        api.delete("/api/products/" + id).expectStatus(204);
        assertThat(api.get("/api/products/" + id).ok().path("active").asBoolean())
                .isFalse();
        assertThat(api.get("/api/products?categoryId=" + categoryId)
                        .ok()
                        .path("totalElements")
                        .asLong())
                .isZero();
        assertThat(api.get("/api/products?includeInactive=true&categoryId=" + categoryId)
                        .ok()
                        .path("totalElements")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void parentCategoryListsProductsOfItsChildren() {
        JsonNode headphones = api.get("/api/products?q=noise-cancelling").ok();
        assertThat(headphones.path("content").get(0).path("categoryName").asString())
                .isEqualTo("Headphones");
        JsonNode electronics =
                api.get("/api/products?categoryId=1&q=el-100&size=100").ok();
        assertThat(electronics.path("content").findValuesAsString("sku")).contains("EL-1001", "EL-1002");
    }

    @Test
    void rejectsDuplicateSkusBadSkusAndUnknownCategories() {
        api.post(
                        "/api/products",
                        Map.of("sku", "EL-1001", "name", "Copy", "categoryId", 1, "weightGrams", 1, "price", 1))
                .expectStatus(409);
        api.post("/api/products", Map.of("sku", "lamp", "name", "Lamp", "categoryId", 1, "weightGrams", 1, "price", 1))
                .expectStatus(400);
        api.post(
                        "/api/products",
                        Map.of("sku", unique("XX-"), "name", "Lamp", "categoryId", 9999, "weightGrams", 1, "price", 1))
                .expectStatus(422);
        api.post("/api/categories", Map.of("name", "Books")).expectStatus(409);
        api.get("/api/products/999999").expectStatus(404);
    }
}
