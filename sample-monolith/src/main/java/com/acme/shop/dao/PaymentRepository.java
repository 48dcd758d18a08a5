package com.acme.shop.dao;

import com.acme.shop.entity.Payment;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    List<Payment> findByOrderIdOrderById(Long orderId);

    @Query("select p from Payment p join fetch p.order where p.id = :id")
    Optional<Payment> findWithOrder(@Param("id") Long id);
}
