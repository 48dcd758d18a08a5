package com.acme.shop.controller;

import com.acme.shop.dto.PaymentDto;
import com.acme.shop.dto.PaymentRetryRequest;
import com.acme.shop.dto.RefundDto;
import com.acme.shop.dto.RefundRequest;
import com.acme.shop.service.PaymentService;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PaymentController {

    private final PaymentService paymentService;

    public PaymentController(PaymentService paymentService) {
        this.paymentService = paymentService;
    }

    @GetMapping("/api/payments/{id}")
    public PaymentDto get(@PathVariable Long id) {
        return paymentService.getPayment(id);
    }

    @GetMapping("/api/orders/{orderId}/payments")
    public List<PaymentDto> forOrder(@PathVariable Long orderId) {
        return paymentService.paymentsForOrder(orderId);
    }

    @PostMapping("/api/orders/{orderId}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    public PaymentDto retry(@PathVariable Long orderId, @RequestBody PaymentRetryRequest request) {
        return paymentService.retry(orderId, request);
    }

    @PostMapping("/api/payments/{id}/refunds")
    @ResponseStatus(HttpStatus.CREATED)
    public RefundDto refund(@PathVariable Long id, @RequestBody RefundRequest request) {
        return paymentService.refund(id, request);
    }
}
