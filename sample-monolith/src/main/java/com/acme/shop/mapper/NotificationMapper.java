package com.acme.shop.mapper;

import com.acme.shop.dto.NotificationDto;
import com.acme.shop.dto.TemplateDto;
import com.acme.shop.entity.Notification;
import com.acme.shop.entity.NotificationTemplate;
import org.springframework.stereotype.Component;

@Component
public class NotificationMapper {

    public NotificationDto toDto(Notification notification) {
        Long customerId = notification.getCustomer() == null
                ? null
                : notification.getCustomer().getId();
        return new NotificationDto(
                notification.getId(),
                customerId,
                notification.getChannel().name(),
                notification.getTemplateCode(),
                notification.getRecipient(),
                notification.getSubject(),
                notification.getStatus().name(),
                notification.getAttempts(),
                notification.getCreatedAt(),
                notification.getSentAt());
    }

    public TemplateDto toDto(NotificationTemplate template) {
        return new TemplateDto(
                template.getCode(),
                template.getChannel().name(),
                template.getSubject(),
                template.getBody(),
                template.getUpdatedAt());
    }
}
