package com.acme.shop.service;

import com.acme.shop.config.ShopProperties;
import com.acme.shop.dao.AddressRepository;
import com.acme.shop.dao.CustomerRepository;
import com.acme.shop.dao.OrderRepository;
import com.acme.shop.dao.OrderStatusHistoryRepository;
import com.acme.shop.dao.ProductRepository;
import com.acme.shop.dto.OrderDto;
import com.acme.shop.dto.OrderLineDto;
import com.acme.shop.dto.OrderLineRequest;
import com.acme.shop.dto.OrderQuoteDto;
import com.acme.shop.dto.PlaceOrderRequest;
import com.acme.shop.dto.ShippingQuoteDto;
import com.acme.shop.entity.Address;
import com.acme.shop.entity.Customer;
import com.acme.shop.entity.Order;
import com.acme.shop.entity.OrderLine;
import com.acme.shop.entity.OrderStatus;
import com.acme.shop.entity.OrderStatusHistory;
import com.acme.shop.entity.PaymentMethod;
import com.acme.shop.entity.Product;
import com.acme.shop.event.OrderCancelledEvent;
import com.acme.shop.event.OrderPlacedEvent;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.ConflictException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.mapper.OrderMapper;
import com.acme.shop.util.AuditLogger;
import com.acme.shop.util.CodeGenerator;
import com.acme.shop.util.DateUtils;
import com.acme.shop.util.MoneyUtils;
import com.acme.shop.util.TaxCalculator;
import com.acme.shop.validator.OrderRequestValidator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checkout and the order life cycle. Started as "the order service" in 2015 and grew: it prices, applies coupons,
 * reserves stock, charges, and tells shipping, loyalty and notifications what happened.
 */
@Service
@Transactional(readOnly = true)
public class OrderService {

    private final OrderRepository orderRepository;
    private final OrderStatusHistoryRepository historyRepository;
    private final CustomerRepository customerRepository;
    private final AddressRepository addressRepository;
    private final ProductRepository productRepository;
    private final PricingService pricingService;
    private final CouponService couponService;
    private final InventoryService inventoryService;
    private final PaymentService paymentService;
    private final ShippingService shippingService;
    private final OrderQueryService orderQueryService;
    private final ApplicationEventPublisher eventPublisher;
    private final OrderRequestValidator validator;
    private final OrderMapper orderMapper;
    private final AuditLogger auditLogger;
    private final ShopProperties shopProperties;

    public OrderService(
            OrderRepository orderRepository,
            OrderStatusHistoryRepository historyRepository,
            CustomerRepository customerRepository,
            AddressRepository addressRepository,
            ProductRepository productRepository,
            PricingService pricingService,
            CouponService couponService,
            InventoryService inventoryService,
            PaymentService paymentService,
            ShippingService shippingService,
            OrderQueryService orderQueryService,
            ApplicationEventPublisher eventPublisher,
            OrderRequestValidator validator,
            OrderMapper orderMapper,
            AuditLogger auditLogger,
            ShopProperties shopProperties) {
        this.orderRepository = orderRepository;
        this.historyRepository = historyRepository;
        this.customerRepository = customerRepository;
        this.addressRepository = addressRepository;
        this.productRepository = productRepository;
        this.pricingService = pricingService;
        this.couponService = couponService;
        this.inventoryService = inventoryService;
        this.paymentService = paymentService;
        this.shippingService = shippingService;
        this.orderQueryService = orderQueryService;
        this.eventPublisher = eventPublisher;
        this.validator = validator;
        this.orderMapper = orderMapper;
        this.auditLogger = auditLogger;
        this.shopProperties = shopProperties;
    }

    public OrderQuoteDto quote(PlaceOrderRequest request) {
        validator.validateForQuote(request);
        Customer customer = requireCustomer(request.customerId());
        Address address = requireAddress(request.shippingAddressId(), customer);
        Order order = new Order();
        order.setShippingAddress(address);
        ShippingQuoteDto shipping = price(order, request);
        int days = shipping.deliveryDays()
                + shippingService.estimateDispatchDays(order.getLines().stream()
                        .map(l -> l.getProduct().getId())
                        .toList());
        List<OrderLineDto> lines =
                order.getLines().stream().map(orderMapper::toDto).toList();
        return new OrderQuoteDto(
                lines,
                order.getSubtotal(),
                order.getDiscount(),
                order.getShippingCost(),
                order.getTax(),
                order.getTotal(),
                order.getCurrency(),
                shipping.carrierCode(),
                days);
    }

    @Transactional
    public OrderDto placeOrder(PlaceOrderRequest request) {
        PaymentMethod method = validator.validateForPlacement(request);
        Customer customer = requireCustomer(request.customerId());
        Address address = requireAddress(request.shippingAddressId(), customer);
        Order order = new Order();
        order.setOrderNumber(CodeGenerator.orderNumber());
        order.setCustomer(customer);
        order.setShippingAddress(address);
        price(order, request);
        orderRepository.save(order);
        recordStatus(order, null, OrderStatus.NEW, null);

        // products in id order, so concurrent checkouts lock stock rows in the same order (deadlocks in 2018)
        Instant expiresAt = DateUtils.minutesFromNow(shopProperties.getReservationTtlMinutes());
        for (OrderLine line : order.getLines()) {
            inventoryService.reserve(order.getId(), line.getProduct().getId(), line.getQuantity(), expiresAt);
        }
        if (order.getCouponCode() != null) {
            couponService.redeem(order.getCouponCode(), order.getId(), customer.getId(), order.getDiscount());
        }
        changeStatus(order, OrderStatus.PENDING_PAYMENT, null);
        paymentService.capture(order, method, request.paymentToken());

        eventPublisher.publishEvent(new OrderPlacedEvent(
                order.getId(),
                customer.getId(),
                order.getOrderNumber(),
                order.getTotal(),
                order.getCurrency(),
                order.getStatus() == OrderStatus.PAID));
        auditLogger.log("ORDER_PLACED", "order", order.getId(), order.getOrderNumber() + " " + order.getTotal());
        return orderQueryService.getOrder(order.getId());
    }

    @Transactional
    public OrderDto cancel(Long orderId, String reason) {
        Order order = requireOrder(orderId);
        if (!order.isCancellable()) {
            throw new ConflictException(
                    "Order " + order.getOrderNumber() + " is " + order.getStatus() + " and can no longer be cancelled");
        }
        String why = reason == null || reason.isBlank() ? "cancelled by customer service" : reason.trim();
        shippingService.cancelShipment(orderId);
        if (order.getStatus() == OrderStatus.PAID) {
            paymentService.refundRemaining(order, why);
        }
        changeStatus(order, OrderStatus.CANCELLED, why);
        eventPublisher.publishEvent(
                new OrderCancelledEvent(order.getId(), order.getCustomer().getId(), order.getOrderNumber(), why));
        auditLogger.log("ORDER_CANCELLED", "order", orderId, why);
        return orderQueryService.getOrder(orderId);
    }

    /** Called by PaymentService when a charge went through. */
    @Transactional
    public void markPaid(Long orderId) {
        Order order = requireOrder(orderId);
        if (order.getStatus() != OrderStatus.PENDING_PAYMENT && order.getStatus() != OrderStatus.PAYMENT_FAILED) {
            throw new ConflictException(
                    "Order " + order.getOrderNumber() + " is " + order.getStatus() + ", not awaiting payment");
        }
        if (!inventoryService.hasActiveReservations(orderId)) {
            // the reservation expired while the customer fixed the card: reserve again
            for (OrderLine line : order.getLines()) {
                inventoryService.reserve(orderId, line.getProduct().getId(), line.getQuantity(), null);
            }
        }
        inventoryService.confirmReservations(orderId);
        changeStatus(order, OrderStatus.PAID, null);
    }

    /** Called by PaymentService when the provider declined. */
    @Transactional
    public void markPaymentFailed(Long orderId, String reason) {
        changeStatus(requireOrder(orderId), OrderStatus.PAYMENT_FAILED, reason);
    }

    /** Called by PaymentService when everything paid was refunded. */
    @Transactional
    public void markRefunded(Long orderId) {
        Order order = requireOrder(orderId);
        if (order.getStatus() != OrderStatus.CANCELLED && order.getStatus() != OrderStatus.REFUNDED) {
            changeStatus(order, OrderStatus.REFUNDED, "fully refunded");
        }
    }

    private ShippingQuoteDto price(Order order, PlaceOrderRequest request) {
        List<OrderLineRequest> requested = new ArrayList<>(request.lines());
        requested.sort(Comparator.comparing(OrderLineRequest::productId));
        int weight = 0;
        for (OrderLineRequest item : requested) {
            Product product = productRepository
                    .findWithCategory(item.productId())
                    .orElseThrow(() -> new BusinessRuleException("Product " + item.productId() + " does not exist"));
            if (!product.isActive()) {
                throw new BusinessRuleException("Product " + product.getSku() + " is discontinued");
            }
            BigDecimal unitPrice = pricingService.effectivePrice(product);
            OrderLine line = new OrderLine();
            line.setProduct(product);
            line.setQuantity(item.quantity());
            line.setUnitPrice(unitPrice);
            line.setLineTotal(MoneyUtils.times(unitPrice, item.quantity()));
            order.addLine(line);
            weight += product.getWeightGrams() * item.quantity();
        }
        BigDecimal subtotal = MoneyUtils.sum(
                order.getLines().stream().map(OrderLine::getLineTotal).toList());
        BigDecimal discount = MoneyUtils.ZERO;
        if (request.couponCode() != null && !request.couponCode().isBlank()) {
            discount = couponService.calculateDiscount(request.couponCode().trim(), subtotal);
            order.setCouponCode(request.couponCode().trim().toUpperCase());
        }
        String country = order.getShippingAddress().getCountry();
        ShippingQuoteDto shipping = shippingService.quote(country, weight, subtotal.subtract(discount));
        BigDecimal net = MoneyUtils.nonNegative(subtotal.subtract(discount)).add(shipping.price());
        BigDecimal tax = TaxCalculator.vat(country, net);
        order.setSubtotal(subtotal);
        order.setDiscount(discount);
        order.setShippingCost(shipping.price());
        order.setTax(tax);
        order.setTotal(MoneyUtils.round(net.add(tax)));
        order.setCurrency(shopProperties.getCurrency());
        return shipping;
    }

    private void changeStatus(Order order, OrderStatus to, String note) {
        OrderStatus from = order.getStatus();
        order.setStatus(to);
        order.setUpdatedAt(DateUtils.now());
        recordStatus(order, from, to, note);
    }

    private void recordStatus(Order order, OrderStatus from, OrderStatus to, String note) {
        OrderStatusHistory change = new OrderStatusHistory();
        change.setOrder(order);
        change.setFromStatus(from);
        change.setToStatus(to);
        change.setNote(note);
        historyRepository.save(change);
    }

    private Customer requireCustomer(Long customerId) {
        return customerRepository
                .findById(customerId)
                .orElseThrow(() -> new BusinessRuleException("Customer " + customerId + " does not exist"));
    }

    private Address requireAddress(Long addressId, Customer customer) {
        return addressRepository
                .findByIdAndCustomerId(addressId, customer.getId())
                .orElseThrow(() -> new BusinessRuleException(
                        "Address " + addressId + " is not an address of customer " + customer.getId()));
    }

    private Order requireOrder(Long orderId) {
        return orderRepository.findById(orderId).orElseThrow(() -> new ResourceNotFoundException("Order", orderId));
    }
}
