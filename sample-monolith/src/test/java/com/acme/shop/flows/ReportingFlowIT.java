package com.acme.shop.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReportingFlowIT extends FlowTestSupport {

    @Test
    void salesOfTodayShowUpInTheReportsAndTheSnapshot() {
        long[] customer = newCustomer();
        long productId = newProduct("75.00", 10);
        placeOrder(customer, productId, 3, "tok_ok").ok();
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        JsonNode sales =
                api.get("/api/reports/sales?from=" + today + "&to=" + today).ok();
        assertThat(sales.path("days").size()).isEqualTo(1);
        assertThat(sales.path("totalOrders").asInt()).isPositive();
        assertThat(sales.path("generatedAt").asString()).isNotBlank();
        assertThat(api.get("/api/reports/sales").ok().path("days").size()).isEqualTo(7);

        JsonNode top = api.get("/api/reports/top-products?limit=50").ok();
        assertThat(top.findValues("productId").stream().map(JsonNode::asLong)).contains(productId);

        JsonNode summary =
                api.get("/api/reports/customers/" + customer[0] + "/summary").ok();
        assertThat(summary.path("orders").asLong()).isEqualTo(1);
        assertThat(summary.path("totalSpent").decimalValue()).isEqualByComparingTo("267.75");

        JsonNode snapshot =
                api.post("/api/reports/snapshots?date=" + today, null).ok();
        assertThat(snapshot.path("orderCount").asInt()).isPositive();
        assertThat(snapshot.path("itemsSold").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void dashboardAndStockValueCoverEveryWarehouse() {
        JsonNode dashboard = api.get("/api/reports/dashboard").ok();
        assertThat(dashboard.path("customers").asLong()).isGreaterThanOrEqualTo(10);
        assertThat(dashboard.path("activePromotions").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(dashboard.path("generatedAt").asString()).isNotBlank();
        JsonNode value = api.get("/api/reports/inventory-value").ok();
        assertThat(value.findValuesAsString("warehouseCode")).contains("BER1", "MAD1", "WAW1");
    }

    @Test
    void rejectsBadPeriods() {
        api.get("/api/reports/sales?from=2024-02-01&to=2024-01-01").expectStatus(400);
        api.get("/api/reports/sales?from=2020-01-01&to=2024-01-01").expectStatus(400);
        api.get("/api/reports/sales?from=yesterday").expectStatus(400);
        api.get("/api/reports/top-products?limit=0").expectStatus(400);
        api.get("/api/reports/customers/999999/summary").expectStatus(404);
        api.post("/api/reports/snapshots?date=2999-01-01", null).expectStatus(400);
    }
}
