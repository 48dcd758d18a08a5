package com.acme.shop.service;

import com.acme.shop.config.ShopProperties;
import com.acme.shop.dao.ProductRepository;
import com.acme.shop.dao.StockLevelRepository;
import com.acme.shop.dao.StockMovementRepository;
import com.acme.shop.dao.StockReservationRepository;
import com.acme.shop.dao.WarehouseRepository;
import com.acme.shop.dto.LowStockDto;
import com.acme.shop.dto.ProductStockDto;
import com.acme.shop.dto.StockAdjustmentRequest;
import com.acme.shop.dto.StockLevelDto;
import com.acme.shop.dto.StockMovementDto;
import com.acme.shop.entity.MovementType;
import com.acme.shop.entity.Product;
import com.acme.shop.entity.ReservationStatus;
import com.acme.shop.entity.StockLevel;
import com.acme.shop.entity.StockMovement;
import com.acme.shop.entity.StockReservation;
import com.acme.shop.entity.Warehouse;
import com.acme.shop.exception.BusinessRuleException;
import com.acme.shop.exception.ConflictException;
import com.acme.shop.exception.InsufficientStockException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.exception.ValidationException;
import com.acme.shop.mapper.InventoryMapper;
import com.acme.shop.util.AuditLogger;
import com.acme.shop.util.DateUtils;
import com.acme.shop.util.ValidationUtils;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stock on hand per warehouse, reservations for open orders, and the stock ledger. */
@Service
@Transactional(readOnly = true)
public class InventoryService {

    private static final int DEFAULT_REORDER_POINT = 10;

    private final StockLevelRepository stockLevelRepository;
    private final StockMovementRepository stockMovementRepository;
    private final StockReservationRepository reservationRepository;
    private final WarehouseRepository warehouseRepository;
    private final ProductRepository productRepository;
    private final NotificationService notificationService;
    private final InventoryMapper inventoryMapper;
    private final AuditLogger auditLogger;
    private final ShopProperties shopProperties;

    public InventoryService(
            StockLevelRepository stockLevelRepository,
            StockMovementRepository stockMovementRepository,
            StockReservationRepository reservationRepository,
            WarehouseRepository warehouseRepository,
            ProductRepository productRepository,
            NotificationService notificationService,
            InventoryMapper inventoryMapper,
            AuditLogger auditLogger,
            ShopProperties shopProperties) {
        this.stockLevelRepository = stockLevelRepository;
        this.stockMovementRepository = stockMovementRepository;
        this.reservationRepository = reservationRepository;
        this.warehouseRepository = warehouseRepository;
        this.productRepository = productRepository;
        this.notificationService = notificationService;
        this.inventoryMapper = inventoryMapper;
        this.auditLogger = auditLogger;
        this.shopProperties = shopProperties;
    }

    public ProductStockDto stockForProduct(Long productId) {
        requireProduct(productId);
        List<StockLevelDto> levels = stockLevelRepository.findByProductPreferringMostAvailable(productId).stream()
                .map(inventoryMapper::toDto)
                .toList();
        long total = levels.stream().mapToLong(StockLevelDto::available).sum();
        return new ProductStockDto(productId, total, levels);
    }

    public List<StockMovementDto> movements(Long productId, Integer limit) {
        requireProduct(productId);
        int size = limit == null ? 20 : Math.max(1, Math.min(limit, 100));
        return stockMovementRepository.findRecentForProduct(productId, PageRequest.of(0, size)).stream()
                .map(inventoryMapper::toDto)
                .toList();
    }

    public List<LowStockDto> lowStock(Integer threshold) {
        int limit = threshold == null ? shopProperties.getLowStockThreshold() : threshold;
        return stockLevelRepository.findLowStock(limit, PageRequest.of(0, 100)).stream()
                .map(inventoryMapper::toLowStock)
                .toList();
    }

    @Transactional
    public StockLevelDto adjust(StockAdjustmentRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        ValidationUtils.requireNonNull(request.productId(), "productId");
        ValidationUtils.requireNonNull(request.warehouseId(), "warehouseId");
        int quantity = ValidationUtils.requireNonNull(request.quantity(), "quantity");
        MovementType type = movementType(request.type());
        if (quantity == 0 || (type != MovementType.ADJUSTMENT && quantity < 0)) {
            throw new ValidationException("quantity", type + " needs a positive quantity");
        }
        Product product = requireProduct(request.productId());
        Warehouse warehouse = warehouseRepository
                .findById(request.warehouseId())
                .orElseThrow(() -> new BusinessRuleException("Warehouse " + request.warehouseId() + " does not exist"));
        if (!warehouse.isActive()) {
            throw new BusinessRuleException("Warehouse " + warehouse.getCode() + " is closed");
        }
        stockLevelRepository.createIfMissing(product.getId(), warehouse.getId(), DEFAULT_REORDER_POINT);
        if (stockLevelRepository.adjustOnHand(product.getId(), warehouse.getId(), quantity) == 0) {
            throw new ConflictException("Adjusting " + product.getSku() + " in " + warehouse.getCode() + " by "
                    + quantity + " would leave less stock than is reserved for open orders");
        }
        recordMovement(product, warehouse, quantity, type, request.reference());
        auditLogger.log("STOCK_" + type, "product", product.getId(), warehouse.getCode() + " " + quantity);
        StockLevel level = stockLevelRepository
                .findByProductIdAndWarehouseId(product.getId(), warehouse.getId())
                .orElseThrow();
        return inventoryMapper.toDto(level);
    }

    /** Sets stock aside for an order in the warehouse with the most available; callers lock products in id order. */
    @Transactional
    public StockReservation reserve(Long orderId, Long productId, int quantity, Instant expiresAt) {
        List<StockLevel> levels = stockLevelRepository.findByProductPreferringMostAvailable(productId);
        for (StockLevel level : levels) {
            if (level.getAvailable() >= quantity && stockLevelRepository.tryReserve(level.getId(), quantity) == 1) {
                StockReservation reservation = new StockReservation();
                reservation.setOrderId(orderId);
                reservation.setProductId(productId);
                reservation.setWarehouseId(level.getWarehouse().getId());
                reservation.setQuantity(quantity);
                reservation.setExpiresAt(expiresAt);
                return reservationRepository.save(reservation);
            }
        }
        int available = levels.stream().mapToInt(StockLevel::getAvailable).max().orElse(0);
        throw new InsufficientStockException(productId, quantity, available);
    }

    public boolean hasActiveReservations(Long orderId) {
        return !reservationRepository
                .findByOrderIdAndStatusOrderByProductId(orderId, ReservationStatus.ACTIVE)
                .isEmpty();
    }

    /** Payment went through: the reservations stay until the parcel leaves. */
    @Transactional
    public void confirmReservations(Long orderId) {
        reservationRepository
                .findByOrderIdAndStatusOrderByProductId(orderId, ReservationStatus.ACTIVE)
                .forEach(reservation -> reservation.setExpiresAt(null));
    }

    public Warehouse shipFromWarehouse(Long orderId) {
        List<StockReservation> reservations =
                reservationRepository.findByOrderIdAndStatusOrderByProductId(orderId, ReservationStatus.ACTIVE);
        if (reservations.isEmpty()) {
            throw new ConflictException("Order " + orderId + " has no reserved stock to ship");
        }
        return warehouseRepository
                .findById(reservations.get(0).getWarehouseId())
                .orElseThrow();
    }

    @Transactional
    public void consumeReservations(Long orderId, String reference) {
        List<StockReservation> reservations =
                reservationRepository.findByOrderIdAndStatusOrderByProductId(orderId, ReservationStatus.ACTIVE);
        if (reservations.isEmpty()) {
            throw new ConflictException("Order " + orderId + " has no reserved stock to ship");
        }
        for (StockReservation reservation : reservations) {
            int updated = stockLevelRepository.consumeReserved(
                    reservation.getProductId(), reservation.getWarehouseId(), reservation.getQuantity());
            if (updated == 0) {
                throw new ConflictException("Reserved stock of product " + reservation.getProductId()
                        + " disappeared; count the warehouse");
            }
            reservation.setStatus(ReservationStatus.CONSUMED);
            recordMovement(
                    productRepository.getReferenceById(reservation.getProductId()),
                    warehouseRepository.getReferenceById(reservation.getWarehouseId()),
                    -reservation.getQuantity(),
                    MovementType.SHIPMENT,
                    reference);
            alertIfLow(reservation.getProductId(), reservation.getWarehouseId());
        }
    }

    @Transactional
    public int releaseReservations(Long orderId) {
        List<StockReservation> reservations =
                reservationRepository.findByOrderIdAndStatusOrderByProductId(orderId, ReservationStatus.ACTIVE);
        reservations.forEach(this::release);
        return reservations.size();
    }

    @Transactional
    public int releaseExpiredReservations() {
        List<StockReservation> expired = reservationRepository.findExpired(DateUtils.now(), PageRequest.of(0, 200));
        expired.forEach(this::release);
        return expired.size();
    }

    private void release(StockReservation reservation) {
        stockLevelRepository.release(
                reservation.getProductId(), reservation.getWarehouseId(), reservation.getQuantity());
        reservation.setStatus(ReservationStatus.RELEASED);
    }

    private void alertIfLow(Long productId, Long warehouseId) {
        stockLevelRepository
                .findByProductIdAndWarehouseId(productId, warehouseId)
                .filter(level -> level.getAvailable() <= level.getReorderPoint())
                .ifPresent(level -> notificationService.notifyOperations(
                        "low-stock",
                        Map.of(
                                "sku", level.getProduct().getSku(),
                                "name", level.getProduct().getName(),
                                "available", level.getAvailable(),
                                "warehouse", level.getWarehouse().getCode())));
    }

    private void recordMovement(
            Product product, Warehouse warehouse, int quantity, MovementType type, String reference) {
        StockMovement movement = new StockMovement();
        movement.setProduct(product);
        movement.setWarehouse(warehouse);
        movement.setQuantity(quantity);
        movement.setType(type);
        movement.setReference(reference);
        stockMovementRepository.save(movement);
    }

    private Product requireProduct(Long productId) {
        return productRepository
                .findById(productId)
                .orElseThrow(() -> new ResourceNotFoundException("Product", productId));
    }

    private static MovementType movementType(String value) {
        if (value == null || value.isBlank()) {
            return MovementType.RECEIPT;
        }
        try {
            MovementType type = MovementType.valueOf(value.trim().toUpperCase(Locale.ROOT));
            if (type == MovementType.SHIPMENT) {
                throw new ValidationException("type", "shipments book stock themselves");
            }
            return type;
        } catch (IllegalArgumentException e) {
            throw new ValidationException("type", "one of RECEIPT, ADJUSTMENT, RETURN");
        }
    }
}
