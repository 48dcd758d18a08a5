package com.acme.shop.dao;

import com.acme.shop.entity.StockLevel;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StockLevelRepository extends JpaRepository<StockLevel, Long> {

    Optional<StockLevel> findByProductIdAndWarehouseId(Long productId, Long warehouseId);

    @Query("select s from StockLevel s join fetch s.warehouse w where s.product.id = :productId and w.active = true"
            + " order by (s.onHand - s.reserved) desc, w.code")
    List<StockLevel> findByProductPreferringMostAvailable(@Param("productId") Long productId);

    @Query("select s from StockLevel s where s.product.id in :productIds")
    List<StockLevel> findByProductIdIn(@Param("productIds") Collection<Long> productIds);

    @Query("select coalesce(sum(s.onHand - s.reserved), 0) from StockLevel s where s.product.id = :productId")
    long availableForProduct(@Param("productId") Long productId);

    @Query("select s from StockLevel s join fetch s.product join fetch s.warehouse"
            + " where (s.onHand - s.reserved) <= :threshold order by (s.onHand - s.reserved), s.id")
    List<StockLevel> findLowStock(@Param("threshold") int threshold, Pageable page);

    @Modifying(flushAutomatically = true)
    @Query(
            value =
                    "insert into stock_levels (product_id, warehouse_id, on_hand, reserved, reorder_point)"
                            + " values (:productId, :warehouseId, 0, 0, :reorderPoint) on conflict (product_id, warehouse_id) do nothing",
            nativeQuery = true)
    int createIfMissing(
            @Param("productId") Long productId,
            @Param("warehouseId") Long warehouseId,
            @Param("reorderPoint") int reorderPoint);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update StockLevel s set s.onHand = s.onHand + :delta, s.updatedAt = CURRENT_TIMESTAMP"
            + " where s.product.id = :productId and s.warehouse.id = :warehouseId and s.onHand + :delta >= s.reserved")
    int adjustOnHand(
            @Param("productId") Long productId, @Param("warehouseId") Long warehouseId, @Param("delta") int delta);

    @Modifying(flushAutomatically = true)
    @Query("update StockLevel s set s.reserved = s.reserved + :quantity, s.updatedAt = CURRENT_TIMESTAMP"
            + " where s.id = :id and s.onHand - s.reserved >= :quantity")
    int tryReserve(@Param("id") Long id, @Param("quantity") int quantity);

    @Modifying(flushAutomatically = true)
    @Query("update StockLevel s set s.reserved = s.reserved - :quantity, s.updatedAt = CURRENT_TIMESTAMP"
            + " where s.product.id = :productId and s.warehouse.id = :warehouseId and s.reserved >= :quantity")
    int release(
            @Param("productId") Long productId,
            @Param("warehouseId") Long warehouseId,
            @Param("quantity") int quantity);

    @Modifying(flushAutomatically = true)
    @Query("update StockLevel s set s.onHand = s.onHand - :quantity, s.reserved = s.reserved - :quantity,"
            + " s.updatedAt = CURRENT_TIMESTAMP"
            + " where s.product.id = :productId and s.warehouse.id = :warehouseId and s.reserved >= :quantity")
    int consumeReserved(
            @Param("productId") Long productId,
            @Param("warehouseId") Long warehouseId,
            @Param("quantity") int quantity);
}
