package com.acme.shop.controller;

import com.acme.shop.dto.CustomerSummaryDto;
import com.acme.shop.dto.DashboardDto;
import com.acme.shop.dto.InventoryValueDto;
import com.acme.shop.dto.SalesReportDto;
import com.acme.shop.dto.SnapshotDto;
import com.acme.shop.dto.TopProductDto;
import com.acme.shop.service.ReportingService;
import com.acme.shop.util.DateUtils;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
public class ReportController {

    private final ReportingService reportingService;

    public ReportController(ReportingService reportingService) {
        this.reportingService = reportingService;
    }

    @GetMapping("/sales")
    public SalesReportDto sales(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate end = DateUtils.parseDate(to, DateUtils.today(), "to");
        LocalDate start = DateUtils.parseDate(from, end.minusDays(6), "from");
        return reportingService.salesReport(start, end);
    }

    @GetMapping("/top-products")
    public List<TopProductDto> topProducts(@RequestParam(required = false) Integer limit) {
        return reportingService.topProducts(limit);
    }

    @GetMapping("/inventory-value")
    public List<InventoryValueDto> inventoryValue() {
        return reportingService.inventoryValue();
    }

    @GetMapping("/customers/{id}/summary")
    public CustomerSummaryDto customerSummary(@PathVariable Long id) {
        return reportingService.customerSummary(id);
    }

    @GetMapping("/dashboard")
    public DashboardDto dashboard() {
        return reportingService.dashboard();
    }

    @PostMapping("/snapshots")
    @ResponseStatus(HttpStatus.CREATED)
    public SnapshotDto snapshot(@RequestParam(required = false) String date) {
        return reportingService.snapshot(DateUtils.parseDate(date, DateUtils.today(), "date"));
    }
}
