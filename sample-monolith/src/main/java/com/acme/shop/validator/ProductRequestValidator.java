package com.acme.shop.validator;

import com.acme.shop.dto.ProductRequest;
import com.acme.shop.exception.ValidationException;
import com.acme.shop.util.ValidationUtils;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks product data entered by the catalogue team. */
@Component
public class ProductRequestValidator {

    private static final Pattern SKU = Pattern.compile("^[A-Z]{2}-[0-9A-Z]{3,30}$");

    public void validateNew(ProductRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        String sku = ValidationUtils.requireText(request.sku(), "sku", 40);
        if (!SKU.matcher(sku).matches()) {
            throw new ValidationException(
                    "sku", "expected two letters, a dash and 3-30 letters or digits, like EL-1001");
        }
        ValidationUtils.requireText(request.name(), "name", 200);
        ValidationUtils.requireNonNull(request.categoryId(), "categoryId");
        ValidationUtils.requireRange(request.weightGrams(), "weightGrams", 1, 31_500);
        ValidationUtils.requirePositive(request.price(), "price");
        validateAttributes(request);
    }

    public void validateUpdate(ProductRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        if (request.sku() != null) {
            throw new ValidationException("sku", "cannot be changed");
        }
        if (request.name() != null) {
            ValidationUtils.requireText(request.name(), "name", 200);
        }
        if (request.weightGrams() != null) {
            ValidationUtils.requireRange(request.weightGrams(), "weightGrams", 1, 31_500);
        }
        if (request.price() != null) {
            ValidationUtils.requirePositive(request.price(), "price");
        }
        validateAttributes(request);
    }

    private static void validateAttributes(ProductRequest request) {
        if (request.attributes() == null) {
            return;
        }
        request.attributes().forEach((name, value) -> {
            ValidationUtils.requireText(name, "attributes", 60);
            ValidationUtils.requireText(value, "attributes." + name, 200);
        });
    }
}
