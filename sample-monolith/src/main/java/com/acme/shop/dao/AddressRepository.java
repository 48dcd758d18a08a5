package com.acme.shop.dao;

import com.acme.shop.entity.Address;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AddressRepository extends JpaRepository<Address, Long> {

    List<Address> findByCustomerIdOrderById(Long customerId);

    Optional<Address> findByIdAndCustomerId(Long id, Long customerId);

    @Modifying(flushAutomatically = true)
    @Query("update Address a set a.defaultAddress = false where a.customer.id = :customerId")
    int clearDefault(@Param("customerId") Long customerId);
}
