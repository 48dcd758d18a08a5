package com.acme.shop.util;

import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Human-readable business identifiers: order numbers, tracking numbers, provider references. */
public final class CodeGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private CodeGenerator() {}

    public static String orderNumber() {
        return "ORD-" + DateUtils.today().format(DAY) + "-" + random(8);
    }

    public static String trackingNumber(String carrierCode) {
        return carrierCode + random(12);
    }

    public static String providerReference() {
        return "psp_" + random(16).toLowerCase();
    }

    static String random(int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
