package com.acme.shop.dao;

import com.acme.shop.entity.Shipment;
import com.acme.shop.entity.ShipmentStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ShipmentRepository extends JpaRepository<Shipment, Long> {

    Optional<Shipment> findByOrderId(Long orderId);

    @Query("select s from Shipment s join fetch s.carrier join fetch s.order where s.id = :id")
    Optional<Shipment> findWithOrder(@Param("id") Long id);

    @Query(
            "select s from Shipment s join fetch s.carrier join fetch s.order where s.status = :status order by s.createdAt, s.id")
    List<Shipment> findByStatus(@Param("status") ShipmentStatus status, Pageable page);
}
