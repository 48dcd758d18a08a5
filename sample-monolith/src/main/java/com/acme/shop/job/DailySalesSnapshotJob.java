package com.acme.shop.job;

import com.acme.shop.service.ReportingService;
import com.acme.shop.util.DateUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Freezes yesterday's sales figures after midnight (UTC). */
@Component
public class DailySalesSnapshotJob {

    private final ReportingService reportingService;

    public DailySalesSnapshotJob(ReportingService reportingService) {
        this.reportingService = reportingService;
    }

    @Scheduled(cron = "${shop.jobs.sales-snapshot.cron}", zone = "UTC")
    public void snapshotYesterday() {
        reportingService.snapshot(DateUtils.today().minusDays(1));
    }
}
