package com.acme.shop.dao;

import com.acme.shop.entity.ShippingRate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ShippingRateRepository extends JpaRepository<ShippingRate, Long> {

    @Query("select r from ShippingRate r join fetch r.carrier c where c.active = true and r.country = :country"
            + " and r.maxWeightGrams >= :weight order by r.price, r.deliveryDays, c.code")
    List<ShippingRate> findOptions(@Param("country") String country, @Param("weight") int weightGrams);
}
