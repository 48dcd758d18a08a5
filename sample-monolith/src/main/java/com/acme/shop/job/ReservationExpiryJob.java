package com.acme.shop.job;

import com.acme.shop.service.InventoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Gives back stock held for orders whose payment failed and was not retried in time. */
@Component
public class ReservationExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ReservationExpiryJob.class);

    private final InventoryService inventoryService;

    public ReservationExpiryJob(InventoryService inventoryService) {
        this.inventoryService = inventoryService;
    }

    @Scheduled(cron = "${shop.jobs.reservation-expiry.cron}")
    public void releaseExpiredReservations() {
        int released = inventoryService.releaseExpiredReservations();
        if (released > 0) {
            log.info("Released {} expired stock reservations", released);
        }
    }
}
