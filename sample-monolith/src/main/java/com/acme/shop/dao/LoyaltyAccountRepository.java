package com.acme.shop.dao;

import com.acme.shop.entity.LoyaltyAccount;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoyaltyAccountRepository extends JpaRepository<LoyaltyAccount, Long> {

    Optional<LoyaltyAccount> findByCustomerId(Long customerId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update LoyaltyAccount a set a.points = a.points + :points, a.lifetimePoints = a.lifetimePoints + :points,"
            + " a.updatedAt = CURRENT_TIMESTAMP where a.customer.id = :customerId")
    int addPoints(@Param("customerId") Long customerId, @Param("points") int points);
}
