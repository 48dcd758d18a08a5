package com.acme.shop.service;

import com.acme.shop.util.CodeGenerator;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * The provider's sandbox behaviour, built in so the back office runs without network access: tokens starting with
 * {@code tok_declined} are declined, {@code tok_insufficient} lack funds, everything else is approved.
 */
@Component
public class SimulatedPaymentGateway implements PaymentGateway {

    @Override
    public ChargeResult charge(BigDecimal amount, String currency, String paymentToken) {
        if (paymentToken.startsWith("tok_declined")) {
            return ChargeResult.declined("card declined");
        }
        if (paymentToken.startsWith("tok_insufficient")) {
            return ChargeResult.declined("insufficient funds");
        }
        return ChargeResult.approved(CodeGenerator.providerReference());
    }

    @Override
    public ChargeResult refund(String providerReference, BigDecimal amount, String currency) {
        if (providerReference == null || amount.signum() <= 0) {
            return ChargeResult.declined("nothing to refund");
        }
        return ChargeResult.approved(providerReference + "_r");
    }
}
