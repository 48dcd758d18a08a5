package com.acme.shop.listener;

import com.acme.shop.event.OrderCancelledEvent;
import com.acme.shop.event.OrderPlacedEvent;
import com.acme.shop.service.NotificationService;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Confirmation and cancellation mails. */
@Component
public class OrderNotificationListener {

    private final NotificationService notificationService;

    public OrderNotificationListener(NotificationService notificationService) {
        this.notificationService = notificationService;
    }

    @EventListener
    public void onOrderPlaced(OrderPlacedEvent event) {
        if (event.paid()) {
            notificationService.notifyCustomer(
                    event.customerId(),
                    "order-confirmation",
                    Map.of("orderNumber", event.orderNumber(), "total", event.total(), "currency", event.currency()));
        }
    }

    @EventListener
    public void onOrderCancelled(OrderCancelledEvent event) {
        notificationService.notifyCustomer(
                event.customerId(),
                "order-cancelled",
                Map.of("orderNumber", event.orderNumber(), "reason", event.reason()));
    }
}
