package com.acme.shop.dao;

import com.acme.shop.entity.CouponRedemption;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouponRedemptionRepository extends JpaRepository<CouponRedemption, Long> {

    List<CouponRedemption> findByOrderId(Long orderId);

    long countByCouponId(Long couponId);
}
