package com.acme.shop.service;

import com.acme.shop.dao.CategoryRepository;
import com.acme.shop.dto.CategoryDto;
import com.acme.shop.dto.CategoryRequest;
import com.acme.shop.entity.Category;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.ConflictException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.mapper.CatalogMapper;
import com.acme.shop.util.TextUtils;
import com.acme.shop.util.ValidationUtils;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CategoryService {

    private final CategoryRepository categoryRepository;
    private final CatalogMapper catalogMapper;

    public CategoryService(CategoryRepository categoryRepository, CatalogMapper catalogMapper) {
        this.categoryRepository = categoryRepository;
        this.catalogMapper = catalogMapper;
    }

    public List<CategoryDto> listCategories() {
        return categoryRepository.findAllWithParent().stream()
                .map(catalogMapper::toDto)
                .toList();
    }

    @Transactional
    public CategoryDto createCategory(CategoryRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        String name = ValidationUtils.requireText(request.name(), "name", 100);
        String slug = TextUtils.slugify(name);
        if (slug.isEmpty()) {
            throw new BusinessRuleException("Category name '" + name + "' has no letters or digits");
        }
        if (categoryRepository.existsBySlug(slug)) {
            throw new ConflictException("A category with the slug '" + slug + "' already exists");
        }
        Category category = new Category();
        category.setName(name);
        category.setSlug(slug);
        if (request.parentId() != null) {
            category.setParent(categoryRepository
                    .findById(request.parentId())
                    .orElseThrow(() ->
                            new BusinessRuleException("Parent category " + request.parentId() + " does not exist")));
        }
        return catalogMapper.toDto(categoryRepository.save(category));
    }

    public Category requireCategory(Long id) {
        return categoryRepository.findById(id).orElseThrow(() -> new ResourceNotFoundException("Category", id));
    }
}
