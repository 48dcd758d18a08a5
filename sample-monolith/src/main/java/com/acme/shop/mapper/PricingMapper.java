package com.acme.shop.mapper;

import com.acme.shop.dto.CouponDto;
import com.acme.shop.dto.PromotionDto;
import com.acme.shop.entity.Coupon;
import com.acme.shop.entity.Promotion;
import org.springframework.stereotype.Component;

@Component
public class PricingMapper {

    public PromotionDto toDto(Promotion promotion) {
        Long categoryId =
                promotion.getCategory() == null ? null : promotion.getCategory().getId();
        return new PromotionDto(
                promotion.getId(),
                promotion.getName(),
                promotion.getType().name(),
                promotion.getValue(),
                categoryId,
                promotion.getStartsAt(),
                promotion.getEndsAt(),
                promotion.isActive());
    }

    public CouponDto toDto(Coupon coupon) {
        return new CouponDto(
                coupon.getId(),
                coupon.getCode(),
                coupon.getDiscountPercent(),
                coupon.getDiscountAmount(),
                coupon.getMinOrderTotal(),
                coupon.getMaxUses(),
                coupon.getTimesUsed(),
                coupon.getExpiresAt(),
                coupon.isActive());
    }
}
