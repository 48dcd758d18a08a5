package com.acme.shop.service;

import com.acme.shop.dao.ReportingDao;
import com.acme.shop.dao.SalesSnapshotRepository;
import com.acme.shop.dto.CustomerSummaryDto;
import com.acme.shop.dto.DashboardDto;
import com.acme.shop.dto.InventoryValueDto;
import com.acme.shop.dto.SalesDayDto;
import com.acme.shop.dto.SalesReportDto;
import com.acme.shop.dto.SnapshotDto;
import com.acme.shop.dto.TopProductDto;
import com.acme.shop.entity.SalesSnapshot;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.exception.ValidationException;
import com.acme.shop.util.DateUtils;
import com.acme.shop.util.MoneyUtils;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ReportingService {

    private static final int MAX_REPORT_DAYS = 366;

    @Autowired
    private ReportingDao reportingDao;

    @Autowired
    private SalesSnapshotRepository snapshotRepository;

    public SalesReportDto salesReport(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_REPORT_DAYS) {
            throw new ValidationException("from", "reports cover at most " + MAX_REPORT_DAYS + " days");
        }
        List<SalesDayDto> days = reportingDao.salesByDay(from, to, DateUtils.startOfDay(from), DateUtils.endOfDay(to));
        int orders = days.stream().mapToInt(SalesDayDto::orders).sum();
        BigDecimal revenue =
                MoneyUtils.sum(days.stream().map(SalesDayDto::revenue).toList());
        return new SalesReportDto(from, to, days, orders, revenue, DateUtils.now());
    }

    public List<TopProductDto> topProducts(Integer limit) {
        int size = limit == null ? 10 : limit;
        if (size < 1 || size > 50) {
            throw new ValidationException("limit", "must be between 1 and 50");
        }
        return reportingDao.topProducts(size);
    }

    public List<InventoryValueDto> inventoryValue() {
        return reportingDao.inventoryValue();
    }

    public CustomerSummaryDto customerSummary(Long customerId) {
        return reportingDao
                .customerSummary(customerId)
                .orElseThrow(() -> new ResourceNotFoundException("Customer", customerId));
    }

    public DashboardDto dashboard() {
        return reportingDao.dashboard(DateUtils.startOfDay(DateUtils.today()), DateUtils.now());
    }

    @Transactional
    public SnapshotDto snapshot(LocalDate day) {
        if (day.isAfter(DateUtils.today())) {
            throw new ValidationException("date", "cannot snapshot a day in the future");
        }
        reportingDao.upsertSnapshot(day, DateUtils.startOfDay(day), DateUtils.endOfDay(day));
        SalesSnapshot snapshot = snapshotRepository.findBySnapshotDate(day).orElseThrow();
        return new SnapshotDto(
                snapshot.getSnapshotDate(),
                snapshot.getOrderCount(),
                snapshot.getItemsSold(),
                snapshot.getGrossRevenue(),
                snapshot.getDiscounts(),
                snapshot.getRefunds(),
                snapshot.getGeneratedAt());
    }
}
