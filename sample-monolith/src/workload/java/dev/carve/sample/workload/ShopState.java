package dev.carve.sample.workload;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the clients know about the shop: ids to read, and orders in each stage of their life. An order is in at
 * most one stage queue at a time, so two clients never move the same order at once.
 */
final class ShopState {

    /** An order the driver placed, with what later steps need. */
    record OrderHandle(
            long orderId, long customerId, long paymentId, Long shipmentId, BigDecimal total, boolean refunded) {

        OrderHandle withShipment(long id) {
            return new OrderHandle(orderId, customerId, paymentId, id, total, refunded);
        }

        OrderHandle withPayment(long id) {
            return new OrderHandle(orderId, customerId, id, shipmentId, total, refunded);
        }

        OrderHandle asRefunded() {
            return new OrderHandle(orderId, customerId, paymentId, shipmentId, total, true);
        }
    }

    /** A customer who can order: an id and one of their addresses. */
    record Buyer(long customerId, long addressId) {}

    /** Ids to pick from at random; grows, never shrinks. */
    static final class Pool<T> {
        private final List<T> items = new ArrayList<>();

        synchronized void add(T item) {
            items.add(item);
        }

        synchronized T pick(Random random) {
            return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
        }

        synchronized List<T> pick(Random random, int count) {
            List<T> copy = new ArrayList<>(items);
            Collections.shuffle(copy, random);
            return copy.subList(0, Math.min(count, copy.size()));
        }

        synchronized int size() {
            return items.size();
        }
    }

    final String runId;
    final AtomicLong sequence = new AtomicLong();

    final Pool<Long> categories = new Pool<>();
    final Pool<Long> products = new Pool<>();
    final Pool<Long> orderableProducts = new Pool<>();
    final Queue<Long> unstockedProducts = new ConcurrentLinkedQueue<>();
    final Pool<Long> warehouses = new Pool<>();
    final Pool<String> coupons = new Pool<>();
    final Pool<Long> customers = new Pool<>();
    final Pool<Buyer> buyers = new Pool<>();
    final Queue<Long> customersWithoutAddress = new ConcurrentLinkedQueue<>();
    final Pool<Long> orders = new Pool<>();
    final Pool<Long> payments = new Pool<>();
    final Pool<Long> shipments = new Pool<>();
    final List<Map<String, Object>> templates = new CopyOnWriteArrayList<>();

    final Queue<OrderHandle> paid = new ConcurrentLinkedQueue<>();
    final Queue<OrderHandle> paymentFailed = new ConcurrentLinkedQueue<>();
    final Queue<OrderHandle> dispatched = new ConcurrentLinkedQueue<>();
    final Queue<OrderHandle> delivered = new ConcurrentLinkedQueue<>();

    ShopState(String runId) {
        this.runId = runId;
    }

    String next(String prefix) {
        return prefix + runId + sequence.incrementAndGet();
    }
}
