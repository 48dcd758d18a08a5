package com.acme.shop.mapper;

import com.acme.shop.dto.CategoryDto;
import com.acme.shop.dto.ProductDto;
import com.acme.shop.entity.Category;
import com.acme.shop.entity.Product;
import com.acme.shop.entity.ProductAttribute;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class CatalogMapper {

    public CategoryDto toDto(Category category) {
        Long parentId =
                category.getParent() == null ? null : category.getParent().getId();
        return new CategoryDto(category.getId(), category.getName(), category.getSlug(), parentId);
    }

    public ProductDto toDto(Product product, BigDecimal price, String currency, long available) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (ProductAttribute attribute : product.getAttributes()) {
            attributes.put(attribute.getName(), attribute.getValue());
        }
        return new ProductDto(
                product.getId(),
                product.getSku(),
                product.getName(),
                product.getDescription(),
                product.getCategory().getId(),
                product.getCategory().getName(),
                product.getWeightGrams(),
                product.isActive(),
                price,
                currency,
                available,
                attributes,
                product.getUpdatedAt());
    }
}
