package com.acme.shop.controller;

import com.acme.shop.dto.CouponDto;
import com.acme.shop.dto.CouponRequest;
import com.acme.shop.dto.CouponValidationDto;
import com.acme.shop.service.CouponService;
import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/coupons")
public class CouponController {

    private final CouponService couponService;

    public CouponController(CouponService couponService) {
        this.couponService = couponService;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public CouponDto create(@RequestBody CouponRequest request) {
        return couponService.createCoupon(request);
    }

    @GetMapping("/{code}/validate")
    public CouponValidationDto validate(
            @PathVariable String code, @RequestParam(required = false) BigDecimal orderTotal) {
        return couponService.validate(code, orderTotal);
    }
}
