package com.acme.shop.job;

import com.acme.shop.service.NotificationService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends queued notifications. */
@Component
public class NotificationDispatchJob {

    private final NotificationService notificationService;

    public NotificationDispatchJob(NotificationService notificationService) {
        this.notificationService = notificationService;
    }

    @Scheduled(cron = "${shop.jobs.notification-dispatch.cron}")
    public void dispatch() {
        notificationService.dispatchPending();
    }
}
