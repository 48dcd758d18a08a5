package com.acme.shop.exception;

/** Not enough sellable stock of a product in any warehouse. */
public class InsufficientStockException extends ConflictException {

    private final long productId;
    private final int requested;

    public InsufficientStockException(long productId, int requested, int available) {
        super("Insufficient stock for product " + productId + ": requested " + requested + ", available " + available);
        this.productId = productId;
        this.requested = requested;
    }

    public long getProductId() {
        return productId;
    }

    public int getRequested() {
        return requested;
    }
}
