package com.acme.shop.dao;

import com.acme.shop.entity.OrderLine;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderLineRepository extends JpaRepository<OrderLine, Long> {

    @Query("select l from OrderLine l join fetch l.product where l.order.id = :orderId order by l.id")
    List<OrderLine> findByOrderWithProduct(@Param("orderId") Long orderId);
}
