package com.acme.shop.service;

import com.acme.shop.config.ShopProperties;
import com.acme.shop.dao.CustomerRepository;
import com.acme.shop.dao.NotificationRepository;
import com.acme.shop.dao.NotificationTemplateRepository;
import com.acme.shop.dto.NotificationDto;
import com.acme.shop.dto.TemplateDto;
import com.acme.shop.dto.TemplateUpdateRequest;
import com.acme.shop.entity.Customer;
import com.acme.shop.entity.Notification;
import com.acme.shop.entity.NotificationStatus;
import com.acme.shop.entity.NotificationTemplate;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.exception.ValidationException;
import com.acme.shop.mapper.NotificationMapper;
import com.acme.shop.util.DateUtils;
import com.acme.shop.util.ValidationUtils;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queues e-mails to customers and the operations team; NotificationDispatchJob sends them. */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final int MAX_ATTEMPTS = 3;

    @Autowired
    private NotificationRepository notificationRepository;

    @Autowired
    private NotificationTemplateRepository templateRepository;

    @Autowired
    private CustomerRepository customerRepository;

    @Autowired
    private TemplateRenderer templateRenderer;

    @Autowired
    private EmailSender emailSender;

    @Autowired
    private NotificationMapper notificationMapper;

    @Autowired
    private ShopProperties shopProperties;

    @Transactional
    public void notifyCustomer(Long customerId, String templateCode, Map<String, ?> values) {
        Customer customer = customerRepository
                .findById(customerId)
                .orElseThrow(() -> new ResourceNotFoundException("Customer", customerId));
        Map<String, Object> all = new HashMap<>(values);
        all.put("firstName", customer.getFirstName());
        queue(customer, customer.getEmail(), templateCode, all);
    }

    @Transactional
    public void notifyOperations(String templateCode, Map<String, ?> values) {
        queue(null, shopProperties.getOpsEmail(), templateCode, values);
    }

    public List<NotificationDto> search(Long customerId, String status, Integer limit) {
        NotificationStatus wanted = status == null || status.isBlank() ? null : status(status);
        int size = limit == null ? 20 : Math.max(1, Math.min(limit, 100));
        return notificationRepository.search(customerId, wanted, PageRequest.of(0, size)).stream()
                .map(notificationMapper::toDto)
                .toList();
    }

    public List<TemplateDto> templates() {
        return templateRepository.findAllByOrderByCode().stream()
                .map(notificationMapper::toDto)
                .toList();
    }

    @Transactional
    public TemplateDto updateTemplate(String code, TemplateUpdateRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        NotificationTemplate template =
                templateRepository.findByCode(code).orElseThrow(() -> new ResourceNotFoundException("Template", code));
        template.setSubject(ValidationUtils.requireText(request.subject(), "subject", 200));
        template.setBody(ValidationUtils.requireText(request.body(), "body", 10_000));
        template.setUpdatedAt(DateUtils.now());
        return notificationMapper.toDto(template);
    }

    /** Sends what is queued, oldest first; a notification that fails three times is given up. */
    @Transactional
    public int dispatchPending() {
        List<Notification> pending =
                notificationRepository.findTop100ByStatusOrderByCreatedAtAscIdAsc(NotificationStatus.PENDING);
        int sent = 0;
        for (Notification notification : pending) {
            notification.setAttempts(notification.getAttempts() + 1);
            if (emailSender.send(notification.getRecipient(), notification.getSubject(), notification.getBody())) {
                notification.setStatus(NotificationStatus.SENT);
                notification.setSentAt(DateUtils.now());
                sent++;
            } else if (notification.getAttempts() >= MAX_ATTEMPTS) {
                notification.setStatus(NotificationStatus.FAILED);
            }
        }
        if (!pending.isEmpty()) {
            log.info("Sent {} of {} pending notifications", sent, pending.size());
        }
        return sent;
    }

    private void queue(Customer customer, String recipient, String templateCode, Map<String, ?> values) {
        NotificationTemplate template = templateRepository
                .findByCode(templateCode)
                .orElseThrow(() -> new IllegalStateException("Notification template " + templateCode + " is missing"));
        Notification notification = new Notification();
        notification.setCustomer(customer);
        notification.setChannel(template.getChannel());
        notification.setTemplateCode(templateCode);
        notification.setRecipient(recipient);
        notification.setSubject(templateRenderer.render(template.getSubject(), values));
        notification.setBody(templateRenderer.render(template.getBody(), values));
        notificationRepository.save(notification);
    }

    private static NotificationStatus status(String value) {
        try {
            return NotificationStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "one of PENDING, SENT, FAILED");
        }
    }
}
