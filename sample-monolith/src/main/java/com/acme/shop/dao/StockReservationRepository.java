package com.acme.shop.dao;

import com.acme.shop.entity.ReservationStatus;
import com.acme.shop.entity.StockReservation;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StockReservationRepository extends JpaRepository<StockReservation, Long> {

    List<StockReservation> findByOrderIdAndStatusOrderByProductId(Long orderId, ReservationStatus status);

    @Query("select r from StockReservation r where r.status = com.acme.shop.entity.ReservationStatus.ACTIVE"
            + " and r.expiresAt < :now order by r.orderId, r.productId")
    List<StockReservation> findExpired(@Param("now") Instant now, Pageable page);
}
