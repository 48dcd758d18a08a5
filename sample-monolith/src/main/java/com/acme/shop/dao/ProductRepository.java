package com.acme.shop.dao;

import com.acme.shop.entity.Product;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductRepository extends JpaRepository<Product, Long> {

    Optional<Product> findBySku(String sku);

    boolean existsBySku(String sku);

    @Query("select p from Product p join fetch p.category where p.id = :id")
    Optional<Product> findWithCategory(@Param("id") Long id);

    /** For updates: concurrent edits of one product (its attribute rows are rewritten) wait for each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Product p join fetch p.category where p.id = :id")
    Optional<Product> findWithCategoryForUpdate(@Param("id") Long id);

    @Query("select p from Product p where p.category.id = :categoryId and p.active = true order by p.name")
    List<Product> findActiveByCategory(@Param("categoryId") Long categoryId);

    @Query("select count(p) from Product p where p.active = true")
    long countActive();
}
