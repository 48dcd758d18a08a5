package com.acme.shop.validator;

import com.acme.shop.dto.AddressRequest;
import com.acme.shop.dto.CustomerRequest;
import com.acme.shop.util.ValidationUtils;
import org.springframework.stereotype.Component;

/** Checks registration, profile and address requests. */
@Component
public class CustomerRequestValidator {

    public void validateRegistration(CustomerRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        ValidationUtils.requireEmail(request.email(), "email");
        ValidationUtils.requireText(request.firstName(), "firstName", 100);
        ValidationUtils.requireText(request.lastName(), "lastName", 100);
        validatePhone(request.phone());
    }

    public void validateUpdate(CustomerRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        if (request.email() != null) {
            ValidationUtils.requireEmail(request.email(), "email");
        }
        if (request.firstName() != null) {
            ValidationUtils.requireText(request.firstName(), "firstName", 100);
        }
        if (request.lastName() != null) {
            ValidationUtils.requireText(request.lastName(), "lastName", 100);
        }
        validatePhone(request.phone());
    }

    public void validateAddress(AddressRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        ValidationUtils.requireText(request.line1(), "line1", 200);
        ValidationUtils.requireText(request.city(), "city", 100);
        ValidationUtils.requireText(request.postalCode(), "postalCode", 20);
        ValidationUtils.requireCountry(request.country(), "country");
    }

    private static void validatePhone(String phone) {
        if (phone != null && !phone.isBlank()) {
            ValidationUtils.requireText(phone, "phone", 40);
        }
    }
}
