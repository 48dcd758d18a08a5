package com.acme.shop.listener;

import com.acme.shop.event.OrderCancelledEvent;
import com.acme.shop.service.InventoryService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Stock reserved for a cancelled order becomes sellable again. */
@Component
public class StockReleaseListener {

    private final InventoryService inventoryService;

    public StockReleaseListener(InventoryService inventoryService) {
        this.inventoryService = inventoryService;
    }

    @EventListener
    public void onOrderCancelled(OrderCancelledEvent event) {
        inventoryService.releaseReservations(event.orderId());
    }
}
