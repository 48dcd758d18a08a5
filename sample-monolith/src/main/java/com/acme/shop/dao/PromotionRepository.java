package com.acme.shop.dao;

import com.acme.shop.entity.Promotion;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PromotionRepository extends JpaRepository<Promotion, Long> {

    @Query("select p from Promotion p where p.active = true and p.startsAt <= :now"
            + " and (p.endsAt is null or p.endsAt > :now) and (p.category is null or p.category.id = :categoryId)")
    List<Promotion> findApplicable(@Param("categoryId") Long categoryId, @Param("now") Instant now);

    @Query(
            "select p from Promotion p left join fetch p.category where p.active = true order by p.startsAt desc, p.id desc")
    List<Promotion> findActive(Pageable page);

    @Query("select p from Promotion p where p.active = true and p.endsAt is not null and p.endsAt <= :now")
    List<Promotion> findEndedButActive(@Param("now") Instant now);
}
