package com.acme.shop.validator;

import com.acme.shop.dto.OrderLineRequest;
import com.acme.shop.dto.PlaceOrderRequest;
import com.acme.shop.entity.PaymentMethod;
import com.acme.shop.exception.ValidationException;
import com.acme.shop.util.ShopConstants;
import com.acme.shop.util.ValidationUtils;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Checks a checkout request before anything is looked up. */
@Component
public class OrderRequestValidator {

    public void validateForQuote(PlaceOrderRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        ValidationUtils.requireNonNull(request.customerId(), "customerId");
        ValidationUtils.requireNonNull(request.shippingAddressId(), "shippingAddressId");
        if (request.lines() == null || request.lines().isEmpty()) {
            throw new ValidationException("lines", "an order needs at least one line");
        }
        if (request.lines().size() > ShopConstants.MAX_ORDER_LINES) {
            throw new ValidationException("lines", "at most " + ShopConstants.MAX_ORDER_LINES + " lines");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            OrderLineRequest line = request.lines().get(i);
            ValidationUtils.requireNonNull(line, "lines[" + i + "]");
            ValidationUtils.requireNonNull(line.productId(), "lines[" + i + "].productId");
            ValidationUtils.requireRange(
                    line.quantity(), "lines[" + i + "].quantity", 1, ShopConstants.MAX_LINE_QUANTITY);
            if (!seen.add(line.productId())) {
                throw new ValidationException(
                        "lines[" + i + "].productId", "product " + line.productId() + " appears twice");
            }
        }
    }

    public PaymentMethod validateForPlacement(PlaceOrderRequest request) {
        validateForQuote(request);
        ValidationUtils.requireText(request.paymentToken(), "paymentToken", 100);
        return paymentMethod(request.paymentMethod());
    }

    public PaymentMethod paymentMethod(String value) {
        if (value == null || value.isBlank()) {
            return PaymentMethod.CARD;
        }
        try {
            return PaymentMethod.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("paymentMethod", "one of CARD, PAYPAL, INVOICE");
        }
    }
}
