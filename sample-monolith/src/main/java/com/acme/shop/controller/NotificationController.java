package com.acme.shop.controller;

import com.acme.shop.dto.NotificationDto;
import com.acme.shop.dto.TemplateDto;
import com.acme.shop.dto.TemplateUpdateRequest;
import com.acme.shop.service.NotificationService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class NotificationController {

    private final NotificationService notificationService;

    public NotificationController(NotificationService notificationService) {
        this.notificationService = notificationService;
    }

    @GetMapping("/api/notifications")
    public List<NotificationDto> search(
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer limit) {
        return notificationService.search(customerId, status, limit);
    }

    @GetMapping("/api/notification-templates")
    public List<TemplateDto> templates() {
        return notificationService.templates();
    }

    @PutMapping("/api/notification-templates/{code}")
    public TemplateDto updateTemplate(@PathVariable String code, @RequestBody TemplateUpdateRequest request) {
        return notificationService.updateTemplate(code, request);
    }
}
