package com.acme.shop.dao;

import com.acme.shop.entity.Carrier;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CarrierRepository extends JpaRepository<Carrier, Long> {

    List<Carrier> findByActiveTrueOrderByCode();
}
