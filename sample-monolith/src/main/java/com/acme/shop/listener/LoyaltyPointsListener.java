package com.acme.shop.listener;

import com.acme.shop.event.OrderPlacedEvent;
import com.acme.shop.service.LoyaltyService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Paid orders earn loyalty points. */
@Component
public class LoyaltyPointsListener {

    private final LoyaltyService loyaltyService;

    public LoyaltyPointsListener(LoyaltyService loyaltyService) {
        this.loyaltyService = loyaltyService;
    }

    @EventListener
    public void onOrderPlaced(OrderPlacedEvent event) {
        if (event.paid()) {
            loyaltyService.awardPoints(event.customerId(), event.total());
        }
    }
}
