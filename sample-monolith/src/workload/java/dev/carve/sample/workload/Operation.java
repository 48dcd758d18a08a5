package dev.carve.sample.workload;

/**
 * One kind of request of the mix, with its weight (how often it is chosen) and the endpoint it exercises. The
 * order is the order of the coverage pass at the start of a run: things are created before they are used.
 */
enum Operation {
    LIST_CATEGORIES("GET /api/categories", 2),
    CREATE_CATEGORY("POST /api/categories", 0.3),
    SEARCH_PRODUCTS("GET /api/products", 8),
    CREATE_PRODUCT("POST /api/products", 1),
    ADJUST_STOCK("POST /api/inventory/adjustments", 3),
    GET_PRODUCT("GET /api/products/{id}", 10),
    UPDATE_PRODUCT("PUT /api/products/{id}", 0.7),
    DISCONTINUE_PRODUCT("DELETE /api/products/{id}", 0.3),
    LIST_WAREHOUSES("GET /api/warehouses", 1.5),
    OPEN_WAREHOUSE("POST /api/warehouses", 0.1),
    GET_STOCK("GET /api/inventory/{productId}", 5),
    GET_MOVEMENTS("GET /api/inventory/{productId}/movements", 2),
    LOW_STOCK("GET /api/inventory/low-stock", 1),
    GET_PRICE("GET /api/prices/{productId}", 5),
    CHANGE_PRICE("PUT /api/prices/{productId}", 0.5),
    LIST_PROMOTIONS("GET /api/promotions", 2),
    CREATE_PROMOTION("POST /api/promotions", 0.2),
    CREATE_COUPON("POST /api/coupons", 0.5),
    VALIDATE_COUPON("GET /api/coupons/{code}/validate", 2),
    SEARCH_CUSTOMERS("GET /api/customers", 3),
    REGISTER_CUSTOMER("POST /api/customers", 1),
    ADD_ADDRESS("POST /api/customers/{id}/addresses", 1),
    GET_CUSTOMER("GET /api/customers/{id}", 5),
    UPDATE_CUSTOMER("PUT /api/customers/{id}", 0.7),
    LIST_ADDRESSES("GET /api/customers/{id}/addresses", 2),
    GET_LOYALTY("GET /api/customers/{id}/loyalty", 2),
    QUOTE_ORDER("POST /api/orders/quote", 2),
    PLACE_ORDER("POST /api/orders", 6),
    SEARCH_ORDERS("GET /api/orders", 3),
    GET_ORDER("GET /api/orders/{id}", 6),
    ORDER_HISTORY("GET /api/orders/{id}/history", 2),
    RETRY_PAYMENT("POST /api/orders/{orderId}/payments", 0.5),
    ORDER_PAYMENTS("GET /api/orders/{orderId}/payments", 2),
    GET_PAYMENT("GET /api/payments/{id}", 3),
    REFUND("POST /api/payments/{id}/refunds", 0.8),
    LIST_CARRIERS("GET /api/carriers", 1),
    SHIPPING_RATES("GET /api/shipping/rates", 2),
    LIST_SHIPMENTS("GET /api/shipments", 1),
    GET_SHIPMENT("GET /api/shipments/{id}", 3),
    DISPATCH("POST /api/shipments/{id}/dispatch", 2.5),
    DELIVER("POST /api/shipments/{id}/deliver", 2),
    CANCEL_ORDER("POST /api/orders/{id}/cancel", 0.8),
    LIST_NOTIFICATIONS("GET /api/notifications", 2),
    LIST_TEMPLATES("GET /api/notification-templates", 1),
    UPDATE_TEMPLATE("PUT /api/notification-templates/{code}", 0.2),
    SALES_REPORT("GET /api/reports/sales", 1),
    TOP_PRODUCTS("GET /api/reports/top-products", 1),
    INVENTORY_VALUE("GET /api/reports/inventory-value", 0.7),
    CUSTOMER_SUMMARY("GET /api/reports/customers/{id}/summary", 1),
    DASHBOARD("GET /api/reports/dashboard", 1.5),
    SNAPSHOT("POST /api/reports/snapshots", 0.2);

    final String endpoint;
    final double weight;

    Operation(String endpoint, double weight) {
        this.endpoint = endpoint;
        this.weight = weight;
    }

    String method() {
        return endpoint.substring(0, endpoint.indexOf(' '));
    }

    private static final double TOTAL_WEIGHT = totalWeight();

    /** A random operation, chosen by weight. */
    static Operation pick(java.util.Random random) {
        double point = random.nextDouble() * TOTAL_WEIGHT;
        for (Operation operation : values()) {
            point -= operation.weight;
            if (point < 0) {
                return operation;
            }
        }
        return GET_PRODUCT;
    }

    private static double totalWeight() {
        double total = 0;
        for (Operation operation : values()) {
            total += operation.weight;
        }
        return total;
    }
}
