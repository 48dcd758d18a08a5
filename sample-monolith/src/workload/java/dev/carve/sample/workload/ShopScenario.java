package dev.carve.sample.workload;

import dev.carve.sample.workload.ShopState.Buyer;
import dev.carve.sample.workload.ShopState.OrderHandle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.function.LongConsumer;

/**
 * What a back-office user and the web shop do: browse, buy, pay, ship, refund, report. Each operation sends the
 * request of its endpoint, sometimes after the requests that create what it needs.
 */
final class ShopScenario {

    private static final String[] COUNTRIES = {"DE", "AT", "NL", "BE", "FR", "ES", "IT", "PL"};
    private static final String[] SEARCH_TERMS = {"lamp", "book", "el-", "coffee", "mat", "set"};
    private static final int MIN_STOCK_TO_ORDER = 100;

    private final ShopClient client;
    private final ShopState state;

    ShopScenario(ShopClient client, ShopState state) {
        this.client = client;
        this.state = state;
    }

    /** Learns the reference data the run starts from; fails when the target is not the sample shop. */
    void bootstrap() {
        Object products = get(Operation.SEARCH_PRODUCTS, "/api/products?size=100");
        Object customers = get(Operation.SEARCH_CUSTOMERS, "/api/customers?size=100");
        Object warehouses = get(Operation.LIST_WAREHOUSES, "/api/warehouses");
        Object categories = get(Operation.LIST_CATEGORIES, "/api/categories");
        Object templates = get(Operation.LIST_TEMPLATES, "/api/notification-templates");
        if (products == null || customers == null || warehouses == null || categories == null || templates == null) {
            throw new WorkloadException("the shop at the base URL did not answer its reference-data requests", null);
        }
        for (Object product : Json.array(Json.object(products).get("content"))) {
            long id = Json.id(product, "id");
            state.products.add(id);
            if (Json.decimal(product, "available").longValue() >= MIN_STOCK_TO_ORDER) {
                state.orderableProducts.add(id);
            }
        }
        for (Object customer : Json.array(Json.object(customers).get("content"))) {
            long id = Json.id(customer, "id");
            state.customers.add(id);
            List<Object> addresses = Json.array(Json.object(customer).get("addresses"));
            if (!addresses.isEmpty()) {
                state.buyers.add(new Buyer(id, Json.id(addresses.get(0), "id")));
            }
        }
        Json.array(warehouses).forEach(w -> state.warehouses.add(Json.id(w, "id")));
        Json.array(categories).forEach(c -> state.categories.add(Json.id(c, "id")));
        Json.array(templates).forEach(t -> state.templates.add(Json.object(t)));
        state.coupons.add("WELCOME10");
        if (state.orderableProducts.size() == 0 || state.buyers.size() == 0) {
            throw new WorkloadException("the shop has no products in stock or no customers with an address", null);
        }
    }

    void run(Operation operation, Random random) {
        switch (operation) {
            case LIST_CATEGORIES -> get(operation, "/api/categories");
            case CREATE_CATEGORY -> createCategory();
            case SEARCH_PRODUCTS -> searchProducts(random);
            case CREATE_PRODUCT -> createProduct(random);
            case ADJUST_STOCK -> adjustStock(random);
            case GET_PRODUCT -> get(operation, "/api/products/" + state.products.pick(random));
            case UPDATE_PRODUCT -> updateProduct(random);
            case DISCONTINUE_PRODUCT -> discontinueProduct(random);
            case LIST_WAREHOUSES -> get(operation, "/api/warehouses");
            case OPEN_WAREHOUSE -> openWarehouse(random);
            case GET_STOCK -> get(operation, "/api/inventory/" + state.products.pick(random));
            case GET_MOVEMENTS ->
                get(operation, "/api/inventory/" + state.products.pick(random) + "/movements?limit=10");
            case LOW_STOCK -> get(operation, "/api/inventory/low-stock");
            case GET_PRICE -> get(operation, "/api/prices/" + state.products.pick(random));
            case CHANGE_PRICE -> changePrice(random);
            case LIST_PROMOTIONS -> get(operation, "/api/promotions");
            case CREATE_PROMOTION -> createPromotion(random);
            case CREATE_COUPON -> createCoupon(random);
            case VALIDATE_COUPON ->
                get(
                        operation,
                        "/api/coupons/" + state.coupons.pick(random) + "/validate?orderTotal="
                                + (20 + random.nextInt(200)));
            case SEARCH_CUSTOMERS ->
                get(operation, random.nextBoolean() ? "/api/customers?q=example" : "/api/customers?page=0&size=20");
            case REGISTER_CUSTOMER -> registerCustomer(random);
            case ADD_ADDRESS -> addAddress(random);
            case GET_CUSTOMER -> get(operation, "/api/customers/" + state.customers.pick(random));
            case UPDATE_CUSTOMER -> updateCustomer(random);
            case LIST_ADDRESSES -> get(operation, "/api/customers/" + state.customers.pick(random) + "/addresses");
            case GET_LOYALTY -> get(operation, "/api/customers/" + state.customers.pick(random) + "/loyalty");
            case QUOTE_ORDER -> quote(random);
            case PLACE_ORDER -> placeOrder(random, random.nextInt(100) < 6);
            case SEARCH_ORDERS -> searchOrders(random);
            case GET_ORDER -> withOrder(random, id -> get(operation, "/api/orders/" + id));
            case ORDER_HISTORY -> withOrder(random, id -> get(operation, "/api/orders/" + id + "/history"));
            case RETRY_PAYMENT -> retryPayment(random);
            case ORDER_PAYMENTS -> withOrder(random, id -> get(operation, "/api/orders/" + id + "/payments"));
            case GET_PAYMENT -> withPayment(random, id -> get(operation, "/api/payments/" + id));
            case REFUND -> refund(random);
            case LIST_CARRIERS -> get(operation, "/api/carriers");
            case SHIPPING_RATES ->
                get(
                        operation,
                        "/api/shipping/rates?country=" + country(random) + "&weightGrams="
                                + (100 + random.nextInt(9_000)) + "&orderValue=" + random.nextInt(200));
            case LIST_SHIPMENTS -> get(operation, "/api/shipments?status=READY&limit=20");
            case GET_SHIPMENT -> withShipment(random, id -> get(operation, "/api/shipments/" + id));
            case DISPATCH -> dispatch(random);
            case DELIVER -> deliver(random);
            case CANCEL_ORDER -> cancel(random);
            case LIST_NOTIFICATIONS ->
                get(
                        operation,
                        random.nextBoolean()
                                ? "/api/notifications?customerId=" + state.customers.pick(random) + "&limit=10"
                                : "/api/notifications?status=PENDING&limit=20");
            case LIST_TEMPLATES -> get(operation, "/api/notification-templates");
            case UPDATE_TEMPLATE -> updateTemplate(random);
            case SALES_REPORT -> {
                LocalDate today = LocalDate.now(ZoneOffset.UTC);
                get(operation, "/api/reports/sales?from=" + today.minusDays(6) + "&to=" + today);
            }
            case TOP_PRODUCTS -> get(operation, "/api/reports/top-products?limit=10");
            case INVENTORY_VALUE -> get(operation, "/api/reports/inventory-value");
            case CUSTOMER_SUMMARY ->
                get(operation, "/api/reports/customers/" + state.customers.pick(random) + "/summary");
            case DASHBOARD -> get(operation, "/api/reports/dashboard");
            case SNAPSHOT -> send(operation, "/api/reports/snapshots", null);
        }
    }

    private void searchProducts(Random random) {
        String path = switch (random.nextInt(3)) {
            case 0 -> "/api/products?categoryId=" + state.categories.pick(random);
            case 1 -> "/api/products?q=" + SEARCH_TERMS[random.nextInt(SEARCH_TERMS.length)];
            default -> "/api/products?page=" + random.nextInt(2) + "&size=20";
        };
        get(Operation.SEARCH_PRODUCTS, path);
    }

    private void createCategory() {
        Object category = send(Operation.CREATE_CATEGORY, "/api/categories", Map.of("name", state.next("Workload ")));
        if (category != null) {
            state.categories.add(Json.id(category, "id"));
        }
    }

    private Long createProduct(Random random) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("sku", state.next("WL-").toUpperCase());
        request.put("name", "Workload item " + state.sequence.get());
        request.put("description", "Created by the workload driver");
        request.put("categoryId", state.categories.pick(random));
        request.put("weightGrams", 50 + random.nextInt(3_000));
        request.put("price", money(5 + random.nextInt(200)));
        request.put("attributes", Map.of("source", "workload"));
        Object product = send(Operation.CREATE_PRODUCT, "/api/products", request);
        if (product == null) {
            return null;
        }
        long id = Json.id(product, "id");
        state.products.add(id);
        state.unstockedProducts.add(id);
        return id;
    }

    private void adjustStock(Random random) {
        Long fresh = random.nextBoolean() ? state.unstockedProducts.poll() : null;
        long productId = fresh != null ? fresh : state.orderableProducts.pick(random);
        long warehouseId = fresh != null ? 1 : state.warehouses.pick(random);
        int quantity = fresh != null ? 500 : 100 + random.nextInt(200);
        Object level = send(
                Operation.ADJUST_STOCK,
                "/api/inventory/adjustments",
                Map.of(
                        "productId",
                        productId,
                        "warehouseId",
                        warehouseId,
                        "quantity",
                        quantity,
                        "type",
                        "RECEIPT",
                        "reference",
                        state.next("PO-")));
        if (level != null && fresh != null) {
            state.orderableProducts.add(productId);
        }
    }

    private void updateProduct(Random random) {
        long productId = state.orderableProducts.pick(random);
        send(
                Operation.UPDATE_PRODUCT,
                "/api/products/" + productId,
                Map.of(
                        "description",
                        "Checked by the workload on run " + state.runId,
                        "attributes",
                        Map.of("checked", "yes")));
    }

    private void discontinueProduct(Random random) {
        Long productId = state.unstockedProducts.poll();
        if (productId == null) {
            productId = createProduct(random);
            if (productId == null || !state.unstockedProducts.remove(productId)) {
                return;
            }
        }
        send(Operation.DISCONTINUE_PRODUCT, "/api/products/" + productId, null);
    }

    private void openWarehouse(Random random) {
        Object warehouse = send(
                Operation.OPEN_WAREHOUSE,
                "/api/warehouses",
                Map.of("code", state.next("W").toUpperCase(), "name", "Workload hall", "country", country(random)));
        if (warehouse != null) {
            state.warehouses.add(Json.id(warehouse, "id"));
        }
    }

    private void changePrice(Random random) {
        send(
                Operation.CHANGE_PRICE,
                "/api/prices/" + state.orderableProducts.pick(random),
                Map.of("price", money(5 + random.nextInt(300)), "changedBy", "workload"));
    }

    private void createPromotion(Random random) {
        String endsAt = Instant.now().plusSeconds(30L * 24 * 3600).toString();
        send(
                Operation.CREATE_PROMOTION,
                "/api/promotions",
                Map.of(
                        "name",
                        state.next("Workload promo "),
                        "type",
                        "PERCENT_OFF",
                        "value",
                        5 + random.nextInt(15),
                        "categoryId",
                        state.categories.pick(random),
                        "endsAt",
                        endsAt));
    }

    private void createCoupon(Random random) {
        String code = state.next("WL-").toUpperCase();
        Object coupon = send(
                Operation.CREATE_COUPON,
                "/api/coupons",
                Map.of("code", code, "discountPercent", 5 + random.nextInt(10)));
        if (coupon != null) {
            state.coupons.add(code);
        }
    }

    private void registerCustomer(Random random) {
        String email = state.next("wl-").toLowerCase() + "@example.com";
        Object customer = send(
                Operation.REGISTER_CUSTOMER,
                "/api/customers",
                Map.of(
                        "email",
                        email,
                        "firstName",
                        "Work",
                        "lastName",
                        "Load" + random.nextInt(1000),
                        "marketingOptIn",
                        random.nextBoolean()));
        if (customer != null) {
            long id = Json.id(customer, "id");
            state.customers.add(id);
            state.customersWithoutAddress.add(id);
        }
    }

    private void addAddress(Random random) {
        Long customerId = state.customersWithoutAddress.poll();
        long id = customerId != null ? customerId : state.customers.pick(random);
        Object address = send(
                Operation.ADD_ADDRESS,
                "/api/customers/" + id + "/addresses",
                Map.of(
                        "line1",
                        "Workload street " + random.nextInt(200),
                        "city",
                        "Testville",
                        "postalCode",
                        "1" + random.nextInt(9999),
                        "country",
                        country(random)));
        if (address != null && customerId != null) {
            state.buyers.add(new Buyer(id, Json.id(address, "id")));
        }
    }

    private void updateCustomer(Random random) {
        send(
                Operation.UPDATE_CUSTOMER,
                "/api/customers/" + state.customers.pick(random),
                Map.of("phone", "+49 30 " + (1_000_000 + random.nextInt(8_999_999))));
    }

    private void quote(Random random) {
        send(Operation.QUOTE_ORDER, "/api/orders/quote", orderRequest(random, null));
    }

    private OrderHandle placeOrder(Random random, boolean declined) {
        Map<String, Object> request =
                orderRequest(random, declined ? "tok_declined" : "tok_workload_" + random.nextInt(1000));
        if (random.nextInt(100) < 15) {
            request.put("couponCode", state.coupons.pick(random));
        }
        Object order = send(Operation.PLACE_ORDER, "/api/orders", request);
        if (order == null) {
            return null;
        }
        long orderId = Json.id(order, "id");
        List<Object> payments = Json.array(Json.object(order).get("payments"));
        long paymentId = Json.id(payments.get(payments.size() - 1), "id");
        Object shipment = Json.object(order).get("shipment");
        Long shipmentId = shipment == null ? null : Json.id(shipment, "id");
        state.orders.add(orderId);
        state.payments.add(paymentId);
        if (shipmentId != null) {
            state.shipments.add(shipmentId);
        }
        OrderHandle handle = new OrderHandle(
                orderId, Json.id(order, "customerId"), paymentId, shipmentId, Json.decimal(order, "total"), false);
        ("PAID".equals(Json.string(order, "status")) ? state.paid : state.paymentFailed).add(handle);
        return handle;
    }

    private Map<String, Object> orderRequest(Random random, String token) {
        Buyer buyer = state.buyers.pick(random);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Long productId : state.orderableProducts.pick(random, 1 + random.nextInt(3))) {
            lines.add(Map.of("productId", productId, "quantity", 1 + random.nextInt(3)));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("customerId", buyer.customerId());
        request.put("shippingAddressId", buyer.addressId());
        request.put("lines", lines);
        if (token != null) {
            request.put("paymentMethod", random.nextInt(4) == 0 ? "PAYPAL" : "CARD");
            request.put("paymentToken", token);
        }
        return request;
    }

    private void searchOrders(Random random) {
        get(
                Operation.SEARCH_ORDERS,
                random.nextBoolean()
                        ? "/api/orders?customerId=" + state.customers.pick(random)
                        : "/api/orders?status=PAID&size=10");
    }

    private void retryPayment(Random random) {
        OrderHandle handle = state.paymentFailed.poll();
        if (handle == null) {
            handle = placeOrder(random, true);
            if (handle == null || !state.paymentFailed.remove(handle)) {
                return;
            }
        }
        Object payment = send(
                Operation.RETRY_PAYMENT,
                "/api/orders/" + handle.orderId() + "/payments",
                Map.of("paymentMethod", "CARD", "paymentToken", "tok_retry_" + random.nextInt(1000)));
        if (payment == null) {
            return;
        }
        long paymentId = Json.id(payment, "id");
        state.payments.add(paymentId);
        state.paid.add(handle.withPayment(paymentId));
    }

    private void refund(Random random) {
        Queue<OrderHandle> source = random.nextBoolean() ? state.delivered : state.paid;
        OrderHandle handle = pollUnrefunded(source);
        if (handle == null) {
            source = state.paid;
            handle = placeOrder(random, false);
            if (handle == null || !state.paid.remove(handle)) {
                return;
            }
        }
        BigDecimal amount = handle.total()
                .multiply(new BigDecimal("0.10"))
                .setScale(2, RoundingMode.DOWN)
                .max(new BigDecimal("0.01"));
        Object refund = send(
                Operation.REFUND,
                "/api/payments/" + handle.paymentId() + "/refunds",
                Map.of("amount", amount, "reason", "goodwill (workload)"));
        source.add(refund == null ? handle : handle.asRefunded());
    }

    private OrderHandle pollUnrefunded(Queue<OrderHandle> queue) {
        OrderHandle handle = queue.poll();
        if (handle != null && handle.refunded()) {
            queue.add(handle);
            return null;
        }
        return handle;
    }

    private void dispatch(Random random) {
        OrderHandle handle = state.paid.poll();
        if (handle == null) {
            handle = placeOrder(random, false);
            if (handle == null || !state.paid.remove(handle)) {
                return;
            }
        }
        if (handle.shipmentId() == null) {
            Object order = get(Operation.GET_ORDER, "/api/orders/" + handle.orderId());
            Object shipment = order == null ? null : Json.object(order).get("shipment");
            if (shipment == null) {
                state.paid.add(handle);
                return;
            }
            handle = handle.withShipment(Json.id(shipment, "id"));
            state.shipments.add(handle.shipmentId());
        }
        Object dispatched = send(Operation.DISPATCH, "/api/shipments/" + handle.shipmentId() + "/dispatch", null);
        (dispatched == null ? state.paid : state.dispatched).add(handle);
    }

    private void deliver(Random random) {
        OrderHandle handle = state.dispatched.poll();
        if (handle == null) {
            dispatch(random);
            handle = state.dispatched.poll();
            if (handle == null) {
                return;
            }
        }
        Object delivered = send(Operation.DELIVER, "/api/shipments/" + handle.shipmentId() + "/deliver", null);
        (delivered == null ? state.dispatched : state.delivered).add(handle);
    }

    private void cancel(Random random) {
        OrderHandle handle = random.nextInt(4) == 0 ? state.paymentFailed.poll() : null;
        if (handle == null) {
            handle = state.paid.poll();
        }
        if (handle == null) {
            handle = placeOrder(random, false);
            if (handle == null || !state.paid.remove(handle)) {
                return;
            }
        }
        send(
                Operation.CANCEL_ORDER,
                "/api/orders/" + handle.orderId() + "/cancel",
                Map.of("reason", "customer changed their mind"));
    }

    private void updateTemplate(Random random) {
        Map<String, Object> template = state.templates.get(random.nextInt(state.templates.size()));
        send(
                Operation.UPDATE_TEMPLATE,
                "/api/notification-templates/" + template.get("code"),
                Map.of("subject", template.get("subject"), "body", template.get("body")));
    }

    private void withOrder(Random random, LongConsumer read) {
        Long id = state.orders.pick(random);
        if (id == null) {
            placeOrder(random, false);
            id = state.orders.pick(random);
        }
        if (id != null) {
            read.accept(id);
        }
    }

    private void withPayment(Random random, LongConsumer read) {
        Long id = state.payments.pick(random);
        if (id == null) {
            placeOrder(random, false);
            id = state.payments.pick(random);
        }
        if (id != null) {
            read.accept(id);
        }
    }

    private void withShipment(Random random, LongConsumer read) {
        Long id = state.shipments.pick(random);
        if (id == null) {
            placeOrder(random, false);
            id = state.shipments.pick(random);
        }
        if (id != null) {
            read.accept(id);
        }
    }

    private Object get(Operation operation, String path) {
        return client.call(operation.endpoint, "GET", path, null);
    }

    private Object send(Operation operation, String path, Object body) {
        return client.call(operation.endpoint, operation.method(), path, body);
    }

    private static String country(Random random) {
        return COUNTRIES[random.nextInt(COUNTRIES.length)];
    }

    private static BigDecimal money(int euros) {
        return BigDecimal.valueOf(euros).setScale(2, RoundingMode.UNNECESSARY).add(new BigDecimal("0.90"));
    }
}
