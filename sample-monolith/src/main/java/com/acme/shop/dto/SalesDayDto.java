package com.acme.shop.dto;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Sales of one day. */
public record SalesDayDto(
        LocalDate day, int orders, int itemsSold, BigDecimal revenue, BigDecimal discounts, BigDecimal refunds) {}
