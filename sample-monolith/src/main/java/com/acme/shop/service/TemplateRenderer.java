package com.acme.shop.service;

import com.acme.shop.util.TextUtils;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Fills {placeholders} of notification templates. */
@Component
public class TemplateRenderer {

    public String render(String template, Map<String, ?> values) {
        return TextUtils.fillPlaceholders(template, values);
    }
}
