package com.acme.shop.util;

/** Values everybody needs and nobody wanted to configure. */
public final class ShopConstants {

    public static final String DEFAULT_CURRENCY = "EUR";
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_ORDER_LINES = 50;
    public static final int MAX_LINE_QUANTITY = 99;
    public static final String SYSTEM_USER = "system";

    private ShopConstants() {}
}
