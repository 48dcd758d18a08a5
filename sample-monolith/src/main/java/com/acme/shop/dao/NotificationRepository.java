package com.acme.shop.dao;

import com.acme.shop.entity.Notification;
import com.acme.shop.entity.NotificationStatus;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findTop100ByStatusOrderByCreatedAtAscIdAsc(NotificationStatus status);

    @Query("select n from Notification n where (:customerId is null or n.customer.id = :customerId)"
            + " and (:status is null or n.status = :status) order by n.createdAt desc, n.id desc")
    List<Notification> search(
            @Param("customerId") Long customerId, @Param("status") NotificationStatus status, Pageable page);

    long countByStatus(NotificationStatus status);
}
