package com.acme.shop.controller;

import com.acme.shop.dto.PromotionDto;
import com.acme.shop.dto.PromotionRequest;
import com.acme.shop.service.PromotionService;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/promotions")
public class PromotionController {

    private final PromotionService promotionService;

    public PromotionController(PromotionService promotionService) {
        this.promotionService = promotionService;
    }

    @GetMapping
    public List<PromotionDto> active(@RequestParam(required = false) Integer limit) {
        return promotionService.activePromotions(limit);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public PromotionDto create(@RequestBody PromotionRequest request) {
        return promotionService.createPromotion(request);
    }
}
