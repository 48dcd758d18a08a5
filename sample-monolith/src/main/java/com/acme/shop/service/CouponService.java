package com.acme.shop.service;

import com.acme.shop.dao.CouponRedemptionRepository;
import com.acme.shop.dao.CouponRepository;
import com.acme.shop.dto.CouponDto;
import com.acme.shop.dto.CouponRequest;
import com.acme.shop.dto.CouponValidationDto;
import com.acme.shop.entity.Coupon;
import com.acme.shop.entity.CouponRedemption;
import com.acme.shop.exception.ConflictException;
import com.acme.shop.exception.InvalidCouponException;
import com.acme.shop.exception.ValidationException;
import com.acme.shop.mapper.PricingMapper;
import com.acme.shop.util.DateUtils;
import com.acme.shop.util.MoneyUtils;
import com.acme.shop.util.ValidationUtils;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CouponService {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9-]{3,40}$");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final CouponRepository couponRepository;
    private final CouponRedemptionRepository redemptionRepository;
    private final PricingMapper pricingMapper;

    public CouponService(
            CouponRepository couponRepository,
            CouponRedemptionRepository redemptionRepository,
            PricingMapper pricingMapper) {
        this.couponRepository = couponRepository;
        this.redemptionRepository = redemptionRepository;
        this.pricingMapper = pricingMapper;
    }

    @Transactional
    public CouponDto createCoupon(CouponRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        String code = ValidationUtils.requireText(request.code(), "code", 40).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new ValidationException("code", "3-40 letters, digits or dashes");
        }
        if ((request.discountPercent() == null) == (request.discountAmount() == null)) {
            throw new ValidationException("discountPercent", "give either discountPercent or discountAmount");
        }
        if (request.discountPercent() != null) {
            ValidationUtils.requirePositive(request.discountPercent(), "discountPercent");
            if (request.discountPercent().compareTo(HUNDRED) > 0) {
                throw new ValidationException("discountPercent", "must be at most 100");
            }
        } else {
            ValidationUtils.requirePositive(request.discountAmount(), "discountAmount");
        }
        if (request.maxUses() != null && request.maxUses() < 1) {
            throw new ValidationException("maxUses", "must be at least 1");
        }
        if (couponRepository.existsByCodeIgnoreCase(code)) {
            throw new ConflictException("Coupon " + code + " already exists");
        }
        Coupon coupon = new Coupon();
        coupon.setCode(code);
        coupon.setDiscountPercent(request.discountPercent());
        coupon.setDiscountAmount(request.discountAmount());
        coupon.setMinOrderTotal(request.minOrderTotal() == null ? BigDecimal.ZERO : request.minOrderTotal());
        coupon.setMaxUses(request.maxUses());
        coupon.setExpiresAt(request.expiresAt());
        return pricingMapper.toDto(couponRepository.save(coupon));
    }

    public CouponValidationDto validate(String code, BigDecimal orderTotal) {
        BigDecimal total = orderTotal == null ? BigDecimal.ZERO : orderTotal;
        Optional<Coupon> coupon = couponRepository.findByCodeIgnoreCase(code);
        if (coupon.isEmpty()) {
            return new CouponValidationDto(code, false, MoneyUtils.ZERO, "unknown code");
        }
        String problem = problem(coupon.get(), total);
        if (problem != null) {
            return new CouponValidationDto(coupon.get().getCode(), false, MoneyUtils.ZERO, problem);
        }
        return new CouponValidationDto(coupon.get().getCode(), true, discount(coupon.get(), total), null);
    }

    /** The discount of a coupon on an order subtotal; throws when the coupon does not apply. */
    public BigDecimal calculateDiscount(String code, BigDecimal subtotal) {
        Coupon coupon = couponRepository
                .findByCodeIgnoreCase(code)
                .orElseThrow(() -> new InvalidCouponException(code, "unknown code"));
        String problem = problem(coupon, subtotal);
        if (problem != null) {
            throw new InvalidCouponException(code, problem);
        }
        return discount(coupon, subtotal);
    }

    @Transactional
    public void redeem(String code, Long orderId, Long customerId, BigDecimal discount) {
        Coupon coupon = couponRepository
                .findByCodeIgnoreCase(code)
                .orElseThrow(() -> new InvalidCouponException(code, "unknown code"));
        if (couponRepository.incrementUsage(coupon.getId()) == 0) {
            throw new InvalidCouponException(code, "it has been used up");
        }
        CouponRedemption redemption = new CouponRedemption();
        redemption.setCoupon(coupon);
        redemption.setOrderId(orderId);
        redemption.setCustomerId(customerId);
        redemption.setDiscount(discount);
        redemptionRepository.save(redemption);
    }

    private static String problem(Coupon coupon, BigDecimal total) {
        if (!coupon.isActive()) {
            return "it is no longer active";
        }
        if (coupon.getExpiresAt() != null && coupon.getExpiresAt().isBefore(DateUtils.now())) {
            return "it expired on " + coupon.getExpiresAt();
        }
        if (coupon.getMaxUses() != null && coupon.getTimesUsed() >= coupon.getMaxUses()) {
            return "it has been used up";
        }
        if (total.compareTo(coupon.getMinOrderTotal()) < 0) {
            return "the order total must be at least " + coupon.getMinOrderTotal();
        }
        return null;
    }

    private static BigDecimal discount(Coupon coupon, BigDecimal total) {
        BigDecimal discount = coupon.getDiscountPercent() != null
                ? MoneyUtils.percentOf(total, coupon.getDiscountPercent())
                : coupon.getDiscountAmount();
        return MoneyUtils.round(MoneyUtils.min(discount, total));
    }
}
