package com.acme.shop.service;

import com.acme.shop.config.ShopProperties;
import com.acme.shop.dao.ProductPriceRepository;
import com.acme.shop.dao.ProductRepository;
import com.acme.shop.dao.PromotionRepository;
import com.acme.shop.dto.PriceDto;
import com.acme.shop.dto.PriceUpdateRequest;
import com.acme.shop.entity.Product;
import com.acme.shop.entity.ProductPrice;
import com.acme.shop.entity.Promotion;
import com.acme.shop.entity.PromotionType;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.exception.ValidationException;
import com.acme.shop.util.DateUtils;
import com.acme.shop.util.MoneyUtils;
import com.acme.shop.util.ValidationUtils;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Net prices with their history, and the promotions that lower them. */
@Service
@Transactional(readOnly = true)
public class PricingService {

    private static final BigDecimal MINIMUM_PRICE = new BigDecimal("0.01");

    private final ProductPriceRepository productPriceRepository;
    private final PromotionRepository promotionRepository;
    private final ProductRepository productRepository;
    private final ShopProperties shopProperties;

    public PricingService(
            ProductPriceRepository productPriceRepository,
            PromotionRepository promotionRepository,
            ProductRepository productRepository,
            ShopProperties shopProperties) {
        this.productPriceRepository = productPriceRepository;
        this.promotionRepository = promotionRepository;
        this.productRepository = productRepository;
        this.shopProperties = shopProperties;
    }

    public PriceDto currentPrice(Long productId) {
        Product product = productRepository
                .findWithCategory(productId)
                .orElseThrow(() -> new ResourceNotFoundException("Product", productId));
        return currentPrice(product);
    }

    public PriceDto currentPrice(Product product) {
        Instant now = DateUtils.now();
        ProductPrice base = productPriceRepository
                .findFirstByProductIdAndValidFromLessThanEqualOrderByValidFromDescIdDesc(product.getId(), now)
                .orElseThrow(() -> new BusinessRuleException("Product " + product.getSku() + " has no price yet"));
        BigDecimal best = base.getPrice();
        List<String> applied = new ArrayList<>();
        for (Promotion promotion :
                promotionRepository.findApplicable(product.getCategory().getId(), now)) {
            BigDecimal reduced = apply(promotion, base.getPrice());
            if (reduced.compareTo(best) < 0) {
                best = reduced;
                applied = List.of(promotion.getName());
            }
        }
        return new PriceDto(
                product.getId(),
                base.getPrice(),
                MoneyUtils.round(best),
                base.getCurrency(),
                base.getValidFrom(),
                applied);
    }

    /** The price a customer pays for one unit today. */
    public BigDecimal effectivePrice(Product product) {
        return currentPrice(product).effectivePrice();
    }

    @Transactional
    public PriceDto changePrice(Long productId, PriceUpdateRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        ValidationUtils.requirePositive(request.price(), "price");
        Product product = productRepository
                .findWithCategory(productId)
                .orElseThrow(() -> new ResourceNotFoundException("Product", productId));
        Instant validFrom = request.validFrom() == null ? DateUtils.now() : request.validFrom();
        if (validFrom.isBefore(DateUtils.now().minusSeconds(300))) {
            throw new ValidationException("validFrom", "prices cannot be changed in the past");
        }
        String changedBy =
                request.changedBy() == null || request.changedBy().isBlank() ? "back-office" : request.changedBy();
        savePrice(product, request.price(), validFrom, ValidationUtils.requireText(changedBy, "changedBy", 60));
        return currentPrice(product);
    }

    @Transactional
    public void setInitialPrice(Product product, BigDecimal price) {
        savePrice(product, price, DateUtils.now(), "catalog");
    }

    private void savePrice(Product product, BigDecimal price, Instant validFrom, String changedBy) {
        ProductPrice entry = new ProductPrice();
        entry.setProduct(product);
        entry.setPrice(MoneyUtils.round(price));
        entry.setCurrency(shopProperties.getCurrency());
        entry.setValidFrom(validFrom);
        entry.setCreatedBy(changedBy);
        productPriceRepository.save(entry);
    }

    private static BigDecimal apply(Promotion promotion, BigDecimal price) {
        BigDecimal reduced = promotion.getType() == PromotionType.PERCENT_OFF
                ? price.subtract(MoneyUtils.percentOf(price, promotion.getValue()))
                : price.subtract(promotion.getValue());
        return reduced.compareTo(MINIMUM_PRICE) < 0 ? MINIMUM_PRICE : reduced;
    }
}
