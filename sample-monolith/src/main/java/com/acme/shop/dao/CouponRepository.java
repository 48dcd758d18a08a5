package com.acme.shop.dao;

import com.acme.shop.entity.Coupon;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CouponRepository extends JpaRepository<Coupon, Long> {

    Optional<Coupon> findByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCase(String code);

    @Modifying(flushAutomatically = true)
    @Query(
            "update Coupon c set c.timesUsed = c.timesUsed + 1 where c.id = :id and (c.maxUses is null or c.timesUsed < c.maxUses)")
    int incrementUsage(@Param("id") Long id);
}
