package com.acme.shop.dao;

import com.acme.shop.entity.Category;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CategoryRepository extends JpaRepository<Category, Long> {

    Optional<Category> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select c from Category c left join fetch c.parent order by c.name")
    List<Category> findAllWithParent();
}
