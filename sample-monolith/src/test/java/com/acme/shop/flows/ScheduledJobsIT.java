package com.acme.shop.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.shop.job.DailySalesSnapshotJob;
import com.acme.shop.job.NotificationDispatchJob;
import com.acme.shop.job.PromotionExpiryJob;
import com.acme.shop.job.ReservationExpiryJob;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The jobs are not scheduled in tests (shop.scheduling.enabled=false); each test runs one directly. */
class ScheduledJobsIT extends FlowTestSupport {

    @Autowired
    ReservationExpiryJob reservationExpiryJob;

    @Autowired
    NotificationDispatchJob notificationDispatchJob;

    @Autowired
    PromotionExpiryJob promotionExpiryJob;

    @Autowired
    DailySalesSnapshotJob dailySalesSnapshotJob;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void expiredReservationsOfUnpaidOrdersGiveTheirStockBack() {
        long[] customer = newCustomer();
        long productId = newProduct("9.00", 2);
        JsonNode order = placeOrder(customer, productId, 2, "tok_declined").ok();
        assertThat(available(productId)).isZero();

        jdbcTemplate.update(
                "update stock_reservations set expires_at = now() - interval '1 minute' where order_id = ?",
                order.path("id").asLong());
        reservationExpiryJob.releaseExpiredReservations();
        assertThat(available(productId)).isEqualTo(2);

        // the customer pays after all: the stock is reserved again
        api.post("/api/orders/" + order.path("id").asLong() + "/payments", Map.of("paymentToken", "tok_ok"))
                .ok();
        assertThat(available(productId)).isZero();
    }

    @Test
    void dispatchSendsQueuedMailsAndGivesUpOnBouncesAfterThreeTries() {
        JsonNode good = api.post(
                        "/api/customers",
                        Map.of(
                                "email",
                                unique("good").toLowerCase() + "@example.com",
                                "firstName",
                                "G",
                                "lastName",
                                "Ood"))
                .ok();
        JsonNode bad = api.post(
                        "/api/customers",
                        Map.of(
                                "email",
                                unique("bad").toLowerCase() + "@bounce.invalid",
                                "firstName",
                                "B",
                                "lastName",
                                "Ad"))
                .ok();
        // each run handles the 100 oldest pending mails, so other tests' mails may need a few runs first
        for (int run = 0;
                run < 100 && (status(good).equals("PENDING") || status(bad).equals("PENDING"));
                run++) {
            notificationDispatchJob.dispatch();
        }
        assertThat(status(good)).isEqualTo("SENT");
        assertThat(status(bad)).isEqualTo("FAILED");
    }

    @Test
    void endedPromotionsAreSwitchedOff() {
        JsonNode promotion = api.post(
                        "/api/promotions",
                        Map.of(
                                "name",
                                unique("Old sale "),
                                "type",
                                "AMOUNT_OFF",
                                "value",
                                1,
                                "startsAt",
                                "2020-01-01T00:00:00Z",
                                "endsAt",
                                "2020-02-01T00:00:00Z"))
                .ok();
        assertThat(promotion.path("active").asBoolean()).isTrue();
        promotionExpiryJob.expirePromotions();
        assertThat(api.get("/api/promotions?limit=100").ok().findValuesAsString("name"))
                .doesNotContain(promotion.path("name").asString());
    }

    @Test
    void nightlySnapshotFreezesYesterday() {
        dailySalesSnapshotJob.snapshotYesterday();
        Integer rows = jdbcTemplate.queryForObject(
                "select count(*) from daily_sales_snapshots where snapshot_date = ?",
                Integer.class,
                LocalDate.now(ZoneOffset.UTC).minusDays(1));
        assertThat(rows).isEqualTo(1);
    }

    private String status(JsonNode customer) {
        return api.get("/api/notifications?customerId=" + customer.path("id").asLong())
                .ok()
                .get(0)
                .path("status")
                .asString();
    }
}
