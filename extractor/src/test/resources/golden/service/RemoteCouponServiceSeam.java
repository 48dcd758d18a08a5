package com.acme.shop.seam.coupon;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The HTTP side of the seam: sends the calls to the coupon service (timeouts, circuit breaker, trace context in {@link SeamHttp}). */
@Component
@ConditionalOnProperty(name = "carve.seam.coupon", havingValue = "remote")
public class RemoteCouponServiceSeam implements CouponServiceSeam {
    private final SeamHttp http;

    public RemoteCouponServiceSeam(SeamHttp http) {
        this.http = http;
    }

    @Override
    public BigDecimal calculateDiscount(String code, BigDecimal subtotal) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("code", code);
        arguments.put("subtotal", subtotal);
        return http.call("/seam/coupon/CouponService/calculateDiscount", arguments, new ParameterizedTypeReference<BigDecimal>() {});
    }

    @Override
    public void redeem(String code, Long orderId, Long customerId, BigDecimal discount) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("code", code);
        arguments.put("orderId", orderId);
        arguments.put("customerId", customerId);
        arguments.put("discount", discount);
        http.call("/seam/coupon/CouponService/redeem", arguments, new ParameterizedTypeReference<Void>() {});
    }
}
