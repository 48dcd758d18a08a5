package com.acme.shop.dao;

import com.acme.shop.entity.SalesSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesSnapshotRepository extends JpaRepository<SalesSnapshot, Long> {

    Optional<SalesSnapshot> findBySnapshotDate(LocalDate date);

    List<SalesSnapshot> findBySnapshotDateBetweenOrderBySnapshotDate(LocalDate from, LocalDate to);
}
