package com.acme.shop.service;

import com.acme.shop.config.ShopProperties;
import com.acme.shop.dao.CarrierRepository;
import com.acme.shop.dao.OrderRepository;
import com.acme.shop.dao.OrderStatusHistoryRepository;
import com.acme.shop.dao.ShipmentRepository;
import com.acme.shop.dao.ShippingRateRepository;
import com.acme.shop.dao.StockLevelRepository;
import com.acme.shop.dto.CarrierDto;
import com.acme.shop.dto.ShipmentDto;
import com.acme.shop.dto.ShippingQuoteDto;
import com.acme.shop.entity.Order;
import com.acme.shop.entity.OrderStatus;
import com.acme.shop.entity.OrderStatusHistory;
import com.acme.shop.entity.Shipment;
import com.acme.shop.entity.ShipmentStatus;
import com.acme.shop.entity.ShippingRate;
import com.acme.shop.entity.StockLevel;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.ConflictException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.exception.ValidationException;
import com.acme.shop.mapper.ShipmentMapper;
import com.acme.shop.util.CodeGenerator;
import com.acme.shop.util.DateUtils;
import com.acme.shop.util.MoneyUtils;
import com.acme.shop.util.ValidationUtils;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carriers, rates, and parcels from creation to delivery. */
@Service
@Transactional(readOnly = true)
public class ShippingService {

    private static final int DISPATCH_DAYS_IN_STOCK = 1;
    private static final int DISPATCH_DAYS_BACKORDER = 7;

    private final CarrierRepository carrierRepository;
    private final ShippingRateRepository rateRepository;
    private final ShipmentRepository shipmentRepository;
    private final StockLevelRepository stockLevelRepository;
    private final OrderRepository orderRepository;
    private final OrderStatusHistoryRepository orderStatusHistoryRepository;
    private final InventoryService inventoryService;
    private final NotificationService notificationService;
    private final ShipmentMapper shipmentMapper;
    private final ShopProperties shopProperties;

    public ShippingService(
            CarrierRepository carrierRepository,
            ShippingRateRepository rateRepository,
            ShipmentRepository shipmentRepository,
            StockLevelRepository stockLevelRepository,
            OrderRepository orderRepository,
            OrderStatusHistoryRepository orderStatusHistoryRepository,
            InventoryService inventoryService,
            NotificationService notificationService,
            ShipmentMapper shipmentMapper,
            ShopProperties shopProperties) {
        this.carrierRepository = carrierRepository;
        this.rateRepository = rateRepository;
        this.shipmentRepository = shipmentRepository;
        this.stockLevelRepository = stockLevelRepository;
        this.orderRepository = orderRepository;
        this.orderStatusHistoryRepository = orderStatusHistoryRepository;
        this.inventoryService = inventoryService;
        this.notificationService = notificationService;
        this.shipmentMapper = shipmentMapper;
        this.shopProperties = shopProperties;
    }

    public List<CarrierDto> carriers() {
        return carrierRepository.findByActiveTrueOrderByCode().stream()
                .map(shipmentMapper::toDto)
                .toList();
    }

    public List<ShippingQuoteDto> rates(String country, Integer weightGrams, BigDecimal orderValue) {
        ValidationUtils.requireCountry(country, "country");
        int weight = ValidationUtils.requireRange(weightGrams, "weightGrams", 1, 31_500);
        boolean free = orderValue != null && orderValue.compareTo(shopProperties.getFreeShippingThreshold()) >= 0;
        // the cheapest weight band of each carrier, cheapest carrier first
        Map<String, ShippingRate> cheapest = new LinkedHashMap<>();
        for (ShippingRate rate : rateRepository.findOptions(country, weight)) {
            cheapest.putIfAbsent(rate.getCarrier().getCode(), rate);
        }
        return cheapest.values().stream().map(rate -> toQuote(rate, free)).toList();
    }

    /** The cheapest carrier for a parcel; shipping is free above the threshold. */
    public ShippingQuoteDto quote(String country, int weightGrams, BigDecimal orderValue) {
        List<ShippingRate> options = rateRepository.findOptions(country, weightGrams);
        if (options.isEmpty()) {
            throw new BusinessRuleException("No carrier ships " + weightGrams + " g to " + country);
        }
        boolean free = orderValue.compareTo(shopProperties.getFreeShippingThreshold()) >= 0;
        return toQuote(options.get(0), free);
    }

    /** Days until the parcel can leave: products without stock anywhere are backordered. */
    public int estimateDispatchDays(Collection<Long> productIds) {
        Map<Long, Integer> available = new HashMap<>();
        for (StockLevel level : stockLevelRepository.findByProductIdIn(productIds)) {
            available.merge(level.getProduct().getId(), level.getAvailable(), Integer::sum);
        }
        boolean backorder = productIds.stream().anyMatch(id -> available.getOrDefault(id, 0) <= 0);
        return backorder ? DISPATCH_DAYS_BACKORDER : DISPATCH_DAYS_IN_STOCK;
    }

    @Transactional
    public Shipment createShipment(Long orderId) {
        Order order = orderRepository
                .findWithCustomer(orderId)
                .orElseThrow(() -> new ResourceNotFoundException("Order", orderId));
        return shipmentRepository.findByOrderId(orderId).orElseGet(() -> {
            int weight = order.getLines().stream()
                    .mapToInt(line -> line.getProduct().getWeightGrams() * line.getQuantity())
                    .sum();
            List<ShippingRate> options =
                    rateRepository.findOptions(order.getShippingAddress().getCountry(), weight);
            if (options.isEmpty()) {
                throw new BusinessRuleException("No carrier ships order " + order.getOrderNumber());
            }
            Shipment shipment = new Shipment();
            shipment.setOrder(order);
            shipment.setCarrier(options.get(0).getCarrier());
            shipment.setWarehouse(inventoryService.shipFromWarehouse(orderId));
            shipment.setShippingCost(order.getShippingCost());
            return shipmentRepository.save(shipment);
        });
    }

    public ShipmentDto getShipment(Long id) {
        return shipmentMapper.toDto(requireShipment(id));
    }

    public List<ShipmentDto> list(String status, Integer limit) {
        ShipmentStatus wanted = status == null || status.isBlank() ? ShipmentStatus.READY : status(status);
        int size = limit == null ? 20 : Math.max(1, Math.min(limit, 100));
        return shipmentRepository.findByStatus(wanted, PageRequest.of(0, size)).stream()
                .map(shipmentMapper::toDto)
                .toList();
    }

    @Transactional
    public ShipmentDto dispatch(Long shipmentId) {
        Shipment shipment = requireShipment(shipmentId);
        Order order = shipment.getOrder();
        if (shipment.getStatus() != ShipmentStatus.READY) {
            throw new ConflictException("Shipment " + shipmentId + " is " + shipment.getStatus() + ", not READY");
        }
        if (order.getStatus() != OrderStatus.PAID) {
            throw new ConflictException(
                    "Order " + order.getOrderNumber() + " is " + order.getStatus() + "; only paid orders ship");
        }
        inventoryService.consumeReservations(order.getId(), "shipment " + shipmentId);
        shipment.setStatus(ShipmentStatus.DISPATCHED);
        shipment.setTrackingNumber(
                CodeGenerator.trackingNumber(shipment.getCarrier().getCode()));
        shipment.setDispatchedAt(DateUtils.now());
        setOrderStatus(order, OrderStatus.SHIPPED);
        ShipmentDto dto = shipmentMapper.toDto(shipment);
        notificationService.notifyCustomer(
                order.getCustomer().getId(),
                "shipment-dispatched",
                Map.of(
                        "orderNumber",
                        order.getOrderNumber(),
                        "carrier",
                        shipment.getCarrier().getName(),
                        "trackingUrl",
                        dto.trackingUrl()));
        return dto;
    }

    @Transactional
    public ShipmentDto deliver(Long shipmentId) {
        Shipment shipment = requireShipment(shipmentId);
        if (shipment.getStatus() != ShipmentStatus.DISPATCHED) {
            throw new ConflictException("Shipment " + shipmentId + " is " + shipment.getStatus() + ", not DISPATCHED");
        }
        shipment.setStatus(ShipmentStatus.DELIVERED);
        shipment.setDeliveredAt(DateUtils.now());
        Order order = shipment.getOrder();
        if (order.getStatus() == OrderStatus.SHIPPED) {
            setOrderStatus(order, OrderStatus.DELIVERED);
        }
        notificationService.notifyCustomer(
                order.getCustomer().getId(), "shipment-delivered", Map.of("orderNumber", order.getOrderNumber()));
        return shipmentMapper.toDto(shipment);
    }

    /** Called by OrderService when an order is cancelled before it left the warehouse. */
    @Transactional
    public void cancelShipment(Long orderId) {
        shipmentRepository.findByOrderId(orderId).ifPresent(shipment -> {
            if (shipment.getStatus() != ShipmentStatus.READY) {
                throw new ConflictException("The parcel of order " + orderId + " has already left the warehouse");
            }
            shipment.setStatus(ShipmentStatus.CANCELLED);
        });
    }

    // written here rather than through OrderService: shipping was a separate team's module in 2019
    private void setOrderStatus(Order order, OrderStatus to) {
        OrderStatusHistory change = new OrderStatusHistory();
        change.setOrder(order);
        change.setFromStatus(order.getStatus());
        change.setToStatus(to);
        change.setNote("shipping");
        orderStatusHistoryRepository.save(change);
        order.setStatus(to);
        order.setUpdatedAt(DateUtils.now());
    }

    private Shipment requireShipment(Long id) {
        return shipmentRepository.findWithOrder(id).orElseThrow(() -> new ResourceNotFoundException("Shipment", id));
    }

    private static ShippingQuoteDto toQuote(ShippingRate rate, boolean free) {
        BigDecimal price = free ? MoneyUtils.ZERO : rate.getPrice();
        return new ShippingQuoteDto(
                rate.getCarrier().getCode(), rate.getCarrier().getName(), price, rate.getDeliveryDays(), free);
    }

    private static ShipmentStatus status(String value) {
        try {
            return ShipmentStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "one of READY, DISPATCHED, DELIVERED, CANCELLED");
        }
    }
}
