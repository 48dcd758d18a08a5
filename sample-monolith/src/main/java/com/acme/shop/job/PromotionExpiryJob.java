package com.acme.shop.job;

import com.acme.shop.service.PromotionService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Switches off promotions whose end date has passed. */
@Component
public class PromotionExpiryJob {

    private final PromotionService promotionService;

    public PromotionExpiryJob(PromotionService promotionService) {
        this.promotionService = promotionService;
    }

    @Scheduled(cron = "${shop.jobs.promotion-expiry.cron}")
    public void expirePromotions() {
        promotionService.expireEndedPromotions();
    }
}
