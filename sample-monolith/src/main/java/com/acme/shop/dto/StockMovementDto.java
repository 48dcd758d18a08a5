package com.acme.shop.dto;

import java.time.Instant;

/** One line of the stock ledger. */
public record StockMovementDto(
        Long id, String warehouseCode, int quantity, String type, String reference, Instant createdAt) {}
