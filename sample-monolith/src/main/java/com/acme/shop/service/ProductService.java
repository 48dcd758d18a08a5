package com.acme.shop.service;

import com.acme.shop.dao.CategoryRepository;
import com.acme.shop.dao.ProductRepository;
import com.acme.shop.dao.ProductSearchDao;
import com.acme.shop.dao.StockLevelRepository;
import com.acme.shop.dto.PageDto;
import com.acme.shop.dto.PriceDto;
import com.acme.shop.dto.ProductDto;
import com.acme.shop.dto.ProductRequest;
import com.acme.shop.dto.ProductSummaryDto;
import com.acme.shop.entity.Category;
import com.acme.shop.entity.Product;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.ConflictException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.mapper.CatalogMapper;
import com.acme.shop.util.AuditLogger;
import com.acme.shop.util.DateUtils;
import com.acme.shop.util.ShopConstants;
import com.acme.shop.validator.ProductRequestValidator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ProductService {

    private final ProductRepository productRepository;
    private final CategoryRepository categoryRepository;
    private final ProductSearchDao productSearchDao;
    private final StockLevelRepository stockLevelRepository;
    private final PricingService pricingService;
    private final ProductRequestValidator validator;
    private final CatalogMapper catalogMapper;
    private final AuditLogger auditLogger;

    public ProductService(
            ProductRepository productRepository,
            CategoryRepository categoryRepository,
            ProductSearchDao productSearchDao,
            StockLevelRepository stockLevelRepository,
            PricingService pricingService,
            ProductRequestValidator validator,
            CatalogMapper catalogMapper,
            AuditLogger auditLogger) {
        this.productRepository = productRepository;
        this.categoryRepository = categoryRepository;
        this.productSearchDao = productSearchDao;
        this.stockLevelRepository = stockLevelRepository;
        this.pricingService = pricingService;
        this.validator = validator;
        this.catalogMapper = catalogMapper;
        this.auditLogger = auditLogger;
    }

    public PageDto<ProductSummaryDto> search(
            Long categoryId, String text, boolean includeInactive, int page, int size) {
        int pageSize = Math.min(Math.max(size, 1), ShopConstants.MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        List<ProductSummaryDto> content =
                productSearchDao.search(categoryId, text, includeInactive, pageNumber * pageSize, pageSize);
        long total = productSearchDao.count(categoryId, text, includeInactive);
        return PageDto.of(content, pageNumber, pageSize, total);
    }

    public ProductDto getProduct(Long id) {
        Product product =
                productRepository.findWithCategory(id).orElseThrow(() -> new ResourceNotFoundException("Product", id));
        return toDto(product);
    }

    @Transactional
    public ProductDto createProduct(ProductRequest request) {
        validator.validateNew(request);
        if (productRepository.existsBySku(request.sku())) {
            throw new ConflictException("A product with SKU " + request.sku() + " already exists");
        }
        Product product = new Product();
        product.setSku(request.sku());
        product.setName(request.name().trim());
        product.setDescription(request.description());
        product.setCategory(category(request.categoryId()));
        product.setWeightGrams(request.weightGrams());
        putAttributes(product, request.attributes());
        productRepository.save(product);
        pricingService.setInitialPrice(product, request.price());
        auditLogger.log("PRODUCT_CREATED", "product", product.getId(), product.getSku());
        return toDto(product);
    }

    @Transactional
    public ProductDto updateProduct(Long id, ProductRequest request) {
        validator.validateUpdate(request);
        Product product = productRepository
                .findWithCategoryForUpdate(id)
                .orElseThrow(() -> new ResourceNotFoundException("Product", id));
        if (request.name() != null) {
            product.setName(request.name().trim());
        }
        if (request.description() != null) {
            product.setDescription(request.description());
        }
        if (request.categoryId() != null) {
            product.setCategory(category(request.categoryId()));
        }
        if (request.weightGrams() != null) {
            product.setWeightGrams(request.weightGrams());
        }
        putAttributes(product, request.attributes());
        product.setUpdatedAt(DateUtils.now());
        if (request.price() != null) {
            pricingService.setInitialPrice(product, request.price());
        }
        auditLogger.log("PRODUCT_UPDATED", "product", id, product.getSku());
        return toDto(product);
    }

    @Transactional
    public void discontinue(Long id) {
        Product product =
                productRepository.findById(id).orElseThrow(() -> new ResourceNotFoundException("Product", id));
        if (!product.isActive()) {
            return;
        }
        product.setActive(false);
        product.setUpdatedAt(DateUtils.now());
        auditLogger.log("PRODUCT_DISCONTINUED", "product", id, product.getSku());
    }

    private Category category(Long categoryId) {
        return categoryRepository
                .findById(categoryId)
                .orElseThrow(() -> new BusinessRuleException("Category " + categoryId + " does not exist"));
    }

    private static void putAttributes(Product product, Map<String, String> attributes) {
        if (attributes != null) {
            attributes.forEach(product::putAttribute);
        }
    }

    private ProductDto toDto(Product product) {
        PriceDto price = pricingService.currentPrice(product);
        long available = stockLevelRepository.availableForProduct(product.getId());
        return catalogMapper.toDto(product, price.effectivePrice(), price.currency(), available);
    }
}
