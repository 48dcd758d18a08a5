package com.acme.shop.dao;

import com.acme.shop.entity.StockMovement;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StockMovementRepository extends JpaRepository<StockMovement, Long> {

    @Query(
            "select m from StockMovement m join fetch m.warehouse where m.product.id = :productId order by m.createdAt desc, m.id desc")
    List<StockMovement> findRecentForProduct(@Param("productId") Long productId, Pageable page);
}
