package com.acme.shop.flows;

import com.acme.shop.flows.ApiClient.Response;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Base of the domain flow tests. Every subclass has the same configuration, so Spring caches one application
 * context, and with it one embedded PostgreSQL, for the whole test run. Tests create their own customers and
 * products, so they do not depend on each other's data.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "sample.db.dir=target/test-db",
            "shop.scheduling.enabled=false",
            "spring.jpa.hibernate.ddl-auto=validate"
        })
abstract class FlowTestSupport {

    static final long BERLIN_WAREHOUSE = 1;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN =
            Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    static String unique(String prefix) {
        return prefix + RUN + SEQUENCE.incrementAndGet();
    }

    /** A registered customer with one German address: {customerId, addressId}. */
    long[] newCustomer() {
        String email = unique("flow").toLowerCase() + "@example.com";
        JsonNode customer = api.post("/api/customers", Map.of("email", email, "firstName", "Flo", "lastName", "Tester"))
                .ok();
        long customerId = customer.path("id").asLong();
        JsonNode address = api.post(
                        "/api/customers/" + customerId + "/addresses",
                        Map.of("line1", "Teststrasse 1", "city", "Berlin", "postalCode", "10115", "country", "DE"))
                .ok();
        return new long[] {customerId, address.path("id").asLong()};
    }

    /**
     * A new product in a new category (so no promotion, not even one another test or the workload created,
     * changes its price), with a price and stock in the Berlin warehouse.
     */
    long newProduct(String price, int stock) {
        long categoryId = api.post("/api/categories", Map.of("name", unique("Flow category ")))
                .ok()
                .path("id")
                .asLong();
        JsonNode product = api.post(
                        "/api/products",
                        Map.of(
                                "sku",
                                unique("TS-"),
                                "name",
                                "Flow test product",
                                "categoryId",
                                categoryId,
                                "weightGrams",
                                400,
                                "price",
                                new BigDecimal(price)))
                .ok();
        long productId = product.path("id").asLong();
        if (stock > 0) {
            receive(productId, BERLIN_WAREHOUSE, stock);
        }
        return productId;
    }

    JsonNode receive(long productId, long warehouseId, int quantity) {
        return api.post(
                        "/api/inventory/adjustments",
                        Map.of(
                                "productId",
                                productId,
                                "warehouseId",
                                warehouseId,
                                "quantity",
                                quantity,
                                "type",
                                "RECEIPT"))
                .ok();
    }

    Response placeOrder(long[] customer, long productId, int quantity, String token) {
        return placeOrder(
                customer, List.of(Map.<String, Object>of("productId", productId, "quantity", quantity)), null, token);
    }

    Response placeOrder(long[] customer, List<Map<String, Object>> lines, String coupon, String token) {
        Map<String, Object> request = new HashMap<>();
        request.put("customerId", customer[0]);
        request.put("shippingAddressId", customer[1]);
        request.put("lines", lines);
        request.put("paymentToken", token);
        if (coupon != null) {
            request.put("couponCode", coupon);
        }
        return api.post("/api/orders", request);
    }

    long available(long productId) {
        return api.get("/api/inventory/" + productId)
                .ok()
                .path("totalAvailable")
                .asLong();
    }
}
