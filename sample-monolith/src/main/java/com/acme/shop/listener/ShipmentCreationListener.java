package com.acme.shop.listener;

import com.acme.shop.event.PaymentCapturedEvent;
import com.acme.shop.service.ShippingService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A paid order gets a parcel waiting in the warehouse. */
@Component
public class ShipmentCreationListener {

    private final ShippingService shippingService;

    public ShipmentCreationListener(ShippingService shippingService) {
        this.shippingService = shippingService;
    }

    @EventListener
    public void onPaymentCaptured(PaymentCapturedEvent event) {
        shippingService.createShipment(event.orderId());
    }
}
