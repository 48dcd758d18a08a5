package com.acme.shop.dto;

import java.math.BigDecimal;

/** One order line of the old ERP export (see XmlExportUtil). */
public record OrderExportRow(String orderNumber, String customerEmail, BigDecimal total) {}
