package com.acme.shop.service;

import com.acme.shop.dao.CategoryRepository;
import com.acme.shop.dao.PromotionRepository;
import com.acme.shop.dto.PromotionDto;
import com.acme.shop.dto.PromotionRequest;
import com.acme.shop.entity.Promotion;
import com.acme.shop.entity.PromotionType;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.ValidationException;
import com.acme.shop.mapper.PricingMapper;
import com.acme.shop.util.DateUtils;
import com.acme.shop.util.PageRequests;
import com.acme.shop.util.ValidationUtils;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PromotionService {

    private static final Logger log = LoggerFactory.getLogger(PromotionService.class);
    private static final BigDecimal MAX_PERCENT = new BigDecimal("90");

    private final PromotionRepository promotionRepository;
    private final CategoryRepository categoryRepository;
    private final PricingMapper pricingMapper;

    public PromotionService(
            PromotionRepository promotionRepository,
            CategoryRepository categoryRepository,
            PricingMapper pricingMapper) {
        this.promotionRepository = promotionRepository;
        this.categoryRepository = categoryRepository;
        this.pricingMapper = pricingMapper;
    }

    public List<PromotionDto> activePromotions(Integer limit) {
        return promotionRepository.findActive(PageRequests.of(0, limit, Sort.unsorted())).stream()
                .map(pricingMapper::toDto)
                .toList();
    }

    @Transactional
    public PromotionDto createPromotion(PromotionRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        Promotion promotion = new Promotion();
        promotion.setName(ValidationUtils.requireText(request.name(), "name", 120));
        promotion.setType(type(request.type()));
        promotion.setValue(ValidationUtils.requirePositive(request.value(), "value"));
        if (promotion.getType() == PromotionType.PERCENT_OFF && request.value().compareTo(MAX_PERCENT) > 0) {
            throw new BusinessRuleException("Promotions above " + MAX_PERCENT + "% need the CFO's approval");
        }
        if (request.categoryId() != null) {
            promotion.setCategory(categoryRepository
                    .findById(request.categoryId())
                    .orElseThrow(
                            () -> new BusinessRuleException("Category " + request.categoryId() + " does not exist")));
        }
        Instant startsAt = request.startsAt() == null ? DateUtils.now() : request.startsAt();
        if (request.endsAt() != null && !request.endsAt().isAfter(startsAt)) {
            throw new ValidationException("endsAt", "must be after startsAt");
        }
        promotion.setStartsAt(startsAt);
        promotion.setEndsAt(request.endsAt());
        return pricingMapper.toDto(promotionRepository.save(promotion));
    }

    @Transactional
    public int expireEndedPromotions() {
        List<Promotion> ended = promotionRepository.findEndedButActive(DateUtils.now());
        ended.forEach(promotion -> promotion.setActive(false));
        if (!ended.isEmpty()) {
            log.info("Deactivated {} ended promotions", ended.size());
        }
        return ended.size();
    }

    private static PromotionType type(String value) {
        if (value == null) {
            throw new ValidationException("type", "is required (PERCENT_OFF or AMOUNT_OFF)");
        }
        try {
            return PromotionType.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("type", "must be PERCENT_OFF or AMOUNT_OFF");
        }
    }
}
