package com.acme.shop.dao;

import com.acme.shop.entity.Order;
import com.acme.shop.entity.OrderStatus;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderRepository extends JpaRepository<Order, Long> {

    Optional<Order> findByOrderNumber(String orderNumber);

    @Query("select o from Order o join fetch o.customer join fetch o.shippingAddress where o.id = :id")
    Optional<Order> findWithCustomer(@Param("id") Long id);

    @Query(
            value = "select o from Order o where o.customer.id = :customerId",
            countQuery = "select count(o) from Order o where o.customer.id = :customerId")
    Page<Order> findByCustomer(@Param("customerId") Long customerId, Pageable page);

    @Query(
            value = "select o from Order o where (:customerId is null or o.customer.id = :customerId)"
                    + " and (:status is null or o.status = :status)",
            countQuery = "select count(o) from Order o where (:customerId is null or o.customer.id = :customerId)"
                    + " and (:status is null or o.status = :status)")
    Page<Order> search(@Param("customerId") Long customerId, @Param("status") OrderStatus status, Pageable page);

    long countByCustomerId(Long customerId);

    @Query("select coalesce(sum(o.total), 0) from Order o where o.customer.id = :customerId"
            + " and o.status in (com.acme.shop.entity.OrderStatus.PAID, com.acme.shop.entity.OrderStatus.SHIPPED,"
            + " com.acme.shop.entity.OrderStatus.DELIVERED)")
    BigDecimal totalSpentByCustomer(@Param("customerId") Long customerId);
}
