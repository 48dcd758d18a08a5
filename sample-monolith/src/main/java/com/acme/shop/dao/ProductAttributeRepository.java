package com.acme.shop.dao;

import com.acme.shop.entity.ProductAttribute;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProductAttributeRepository extends JpaRepository<ProductAttribute, Long> {

    List<ProductAttribute> findByProductIdOrderByName(Long productId);
}
