package com.acme.shop.dao;

import com.acme.shop.entity.ProductPrice;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductPriceRepository extends JpaRepository<ProductPrice, Long> {

    Optional<ProductPrice> findFirstByProductIdAndValidFromLessThanEqualOrderByValidFromDescIdDesc(
            Long productId, Instant at);

    @Query("select pp from ProductPrice pp where pp.product.id = :productId order by pp.validFrom desc, pp.id desc")
    List<ProductPrice> findHistory(@Param("productId") Long productId, Pageable page);
}
