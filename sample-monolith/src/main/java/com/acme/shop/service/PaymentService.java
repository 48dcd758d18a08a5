package com.acme.shop.service;

import com.acme.shop.dao.OrderRepository;
import com.acme.shop.dao.PaymentRepository;
import com.acme.shop.dao.RefundRepository;
import com.acme.shop.dto.PaymentDto;
import com.acme.shop.dto.PaymentRetryRequest;
import com.acme.shop.dto.RefundDto;
import com.acme.shop.dto.RefundRequest;
import com.acme.shop.entity.Order;
import com.acme.shop.entity.OrderStatus;
import com.acme.shop.entity.Payment;
import com.acme.shop.entity.PaymentMethod;
import com.acme.shop.entity.PaymentStatus;
import com.acme.shop.entity.Refund;
import com.acme.shop.event.PaymentCapturedEvent;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.ConflictException;
import com.acme.shop.exception.PaymentDeclinedException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.mapper.PaymentMapper;
import com.acme.shop.util.AuditLogger;
import com.acme.shop.util.DateUtils;
import com.acme.shop.util.MoneyUtils;
import com.acme.shop.util.ValidationUtils;
import com.acme.shop.validator.OrderRequestValidator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Charges and refunds through the payment provider, and tells the order what happened. */
@Service
@Transactional(readOnly = true)
public class PaymentService {

    private final PaymentRepository paymentRepository;
    private final RefundRepository refundRepository;
    private final OrderRepository orderRepository;
    private final PaymentGateway paymentGateway;
    private final OrderService orderService;
    private final NotificationService notificationService;
    private final OrderRequestValidator orderRequestValidator;
    private final ApplicationEventPublisher eventPublisher;
    private final PaymentMapper paymentMapper;
    private final AuditLogger auditLogger;

    // @Lazy: OrderService needs PaymentService and PaymentService calls back into OrderService
    public PaymentService(
            PaymentRepository paymentRepository,
            RefundRepository refundRepository,
            OrderRepository orderRepository,
            PaymentGateway paymentGateway,
            @Lazy OrderService orderService,
            NotificationService notificationService,
            OrderRequestValidator orderRequestValidator,
            ApplicationEventPublisher eventPublisher,
            PaymentMapper paymentMapper,
            AuditLogger auditLogger) {
        this.paymentRepository = paymentRepository;
        this.refundRepository = refundRepository;
        this.orderRepository = orderRepository;
        this.paymentGateway = paymentGateway;
        this.orderService = orderService;
        this.notificationService = notificationService;
        this.orderRequestValidator = orderRequestValidator;
        this.eventPublisher = eventPublisher;
        this.paymentMapper = paymentMapper;
        this.auditLogger = auditLogger;
    }

    @Transactional
    public Payment capture(Order order, PaymentMethod method, String paymentToken) {
        ChargeResult result = paymentGateway.charge(order.getTotal(), order.getCurrency(), paymentToken);
        Payment payment = new Payment();
        payment.setOrder(order);
        payment.setAmount(order.getTotal());
        payment.setCurrency(order.getCurrency());
        payment.setMethod(method);
        payment.setStatus(result.approved() ? PaymentStatus.CAPTURED : PaymentStatus.FAILED);
        payment.setProviderReference(result.providerReference());
        payment.setFailureReason(result.declineReason());
        paymentRepository.save(payment);
        if (result.approved()) {
            orderService.markPaid(order.getId());
            eventPublisher.publishEvent(new PaymentCapturedEvent(payment.getId(), order.getId(), payment.getAmount()));
        } else {
            orderService.markPaymentFailed(order.getId(), result.declineReason());
        }
        auditLogger.log("PAYMENT_" + payment.getStatus(), "payment", payment.getId(), order.getOrderNumber());
        return payment;
    }

    @Transactional
    public PaymentDto retry(Long orderId, PaymentRetryRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        String token = ValidationUtils.requireText(request.paymentToken(), "paymentToken", 100);
        PaymentMethod method = orderRequestValidator.paymentMethod(request.paymentMethod());
        Order order =
                orderRepository.findById(orderId).orElseThrow(() -> new ResourceNotFoundException("Order", orderId));
        if (order.getStatus() != OrderStatus.PAYMENT_FAILED) {
            throw new ConflictException("Order " + order.getOrderNumber() + " is " + order.getStatus()
                    + "; only failed payments can be retried");
        }
        return paymentMapper.toDto(capture(order, method, token));
    }

    public PaymentDto getPayment(Long id) {
        return paymentMapper.toDto(
                paymentRepository.findWithOrder(id).orElseThrow(() -> new ResourceNotFoundException("Payment", id)));
    }

    public List<PaymentDto> paymentsForOrder(Long orderId) {
        if (!orderRepository.existsById(orderId)) {
            throw new ResourceNotFoundException("Order", orderId);
        }
        return paymentRepository.findByOrderIdOrderById(orderId).stream()
                .map(paymentMapper::toDto)
                .toList();
    }

    @Transactional
    public RefundDto refund(Long paymentId, RefundRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        BigDecimal amount = MoneyUtils.round(ValidationUtils.requirePositive(request.amount(), "amount"));
        String reason = ValidationUtils.requireText(request.reason(), "reason", 200);
        Payment payment = paymentRepository
                .findWithOrder(paymentId)
                .orElseThrow(() -> new ResourceNotFoundException("Payment", paymentId));
        Refund refund = refund(payment, amount, reason);
        Order order = payment.getOrder();
        if (payment.getStatus() == PaymentStatus.REFUNDED) {
            orderService.markRefunded(order.getId());
        }
        notificationService.notifyCustomer(
                order.getCustomer().getId(),
                "refund-issued",
                Map.of(
                        "orderNumber",
                        order.getOrderNumber(),
                        "amount",
                        amount,
                        "currency",
                        payment.getCurrency(),
                        "reason",
                        reason));
        return paymentMapper.toDto(refund);
    }

    /** Gives back whatever is left on the order's payments (order cancelled). */
    @Transactional
    public void refundRemaining(Order order, String reason) {
        for (Payment payment : paymentRepository.findByOrderIdOrderById(order.getId())) {
            if (isRefundable(payment) && MoneyUtils.isPositive(payment.getRefundable())) {
                refund(payment, payment.getRefundable(), reason);
            }
        }
    }

    private Refund refund(Payment payment, BigDecimal amount, String reason) {
        if (!isRefundable(payment)) {
            throw new BusinessRuleException(
                    "Payment " + payment.getId() + " is " + payment.getStatus() + " and cannot be refunded");
        }
        if (amount.compareTo(payment.getRefundable()) > 0) {
            throw new BusinessRuleException("Refund of " + amount + " exceeds the " + payment.getRefundable()
                    + " left on payment " + payment.getId());
        }
        ChargeResult result = paymentGateway.refund(payment.getProviderReference(), amount, payment.getCurrency());
        if (!result.approved()) {
            throw new PaymentDeclinedException("Refund declined by the provider: " + result.declineReason());
        }
        payment.setRefundedAmount(payment.getRefundedAmount().add(amount));
        payment.setStatus(
                payment.getRefundable().signum() == 0 ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED);
        payment.setUpdatedAt(DateUtils.now());
        Refund refund = new Refund();
        refund.setPayment(payment);
        refund.setAmount(amount);
        refund.setReason(reason);
        refundRepository.save(refund);
        auditLogger.log("REFUND", "payment", payment.getId(), amount + " " + reason);
        return refund;
    }

    private static boolean isRefundable(Payment payment) {
        return payment.getStatus() == PaymentStatus.CAPTURED || payment.getStatus() == PaymentStatus.PARTIALLY_REFUNDED;
    }
}
