package com.acme.shop.seam.coupon;

import com.acme.shop.service.CouponService;
import java.math.BigDecimal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The in-process side of the seam: calls {@code CouponService} directly, as before the extraction. */
@Component
@ConditionalOnProperty(name = "carve.seam.coupon", havingValue = "local", matchIfMissing = true)
public class LocalCouponServiceSeam implements CouponServiceSeam {
    private final CouponService target;

    public LocalCouponServiceSeam(CouponService target) {
        this.target = target;
    }

    @Override
    public BigDecimal calculateDiscount(String code, BigDecimal subtotal) {
        return target.calculateDiscount(code, subtotal);
    }

    @Override
    public void redeem(String code, Long orderId, Long customerId, BigDecimal discount) {
        target.redeem(code, orderId, customerId, discount);
    }
}
