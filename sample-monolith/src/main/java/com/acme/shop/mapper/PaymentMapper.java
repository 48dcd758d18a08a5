package com.acme.shop.mapper;

import com.acme.shop.dto.PaymentDto;
import com.acme.shop.dto.RefundDto;
import com.acme.shop.entity.Payment;
import com.acme.shop.entity.Refund;
import org.springframework.stereotype.Component;

@Component
public class PaymentMapper {

    public PaymentDto toDto(Payment payment) {
        return new PaymentDto(
                payment.getId(),
                payment.getOrder().getId(),
                payment.getAmount(),
                payment.getRefundedAmount(),
                payment.getCurrency(),
                payment.getMethod().name(),
                payment.getStatus().name(),
                payment.getProviderReference(),
                payment.getFailureReason(),
                payment.getCreatedAt());
    }

    public RefundDto toDto(Refund refund) {
        return new RefundDto(
                refund.getId(),
                refund.getPayment().getId(),
                refund.getAmount(),
                refund.getReason(),
                refund.getCreatedAt());
    }
}
