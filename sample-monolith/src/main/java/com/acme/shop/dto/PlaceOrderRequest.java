package com.acme.shop.dto;

import java.util.List;

/** An order as the checkout sends it (also used for quotes, without the payment fields). */
public record PlaceOrderRequest(
        Long customerId,
        Long shippingAddressId,
        List<OrderLineRequest> lines,
        String couponCode,
        String paymentMethod,
        String paymentToken) {}
