package com.acme.shop.service;

import com.acme.shop.dao.OrderLineRepository;
import com.acme.shop.dao.OrderRepository;
import com.acme.shop.dao.OrderStatusHistoryRepository;
import com.acme.shop.dao.PaymentRepository;
import com.acme.shop.dao.ShipmentRepository;
import com.acme.shop.dto.OrderDto;
import com.acme.shop.dto.OrderStatusChangeDto;
import com.acme.shop.dto.OrderSummaryDto;
import com.acme.shop.dto.PageDto;
import com.acme.shop.entity.Order;
import com.acme.shop.entity.OrderStatus;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.exception.ValidationException;
import com.acme.shop.mapper.OrderMapper;
import com.acme.shop.util.PageRequests;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of orders, split off OrderService in 2020 when the order screen got slow. */
@Service
@Transactional(readOnly = true)
public class OrderQueryService {

    private final OrderRepository orderRepository;
    private final OrderLineRepository orderLineRepository;
    private final OrderStatusHistoryRepository historyRepository;
    private final PaymentRepository paymentRepository;
    private final ShipmentRepository shipmentRepository;
    private final OrderMapper orderMapper;

    public OrderQueryService(
            OrderRepository orderRepository,
            OrderLineRepository orderLineRepository,
            OrderStatusHistoryRepository historyRepository,
            PaymentRepository paymentRepository,
            ShipmentRepository shipmentRepository,
            OrderMapper orderMapper) {
        this.orderRepository = orderRepository;
        this.orderLineRepository = orderLineRepository;
        this.historyRepository = historyRepository;
        this.paymentRepository = paymentRepository;
        this.shipmentRepository = shipmentRepository;
        this.orderMapper = orderMapper;
    }

    public OrderDto getOrder(Long id) {
        Order order =
                orderRepository.findWithCustomer(id).orElseThrow(() -> new ResourceNotFoundException("Order", id));
        return orderMapper.toDto(
                order,
                orderLineRepository.findByOrderWithProduct(id),
                paymentRepository.findByOrderIdOrderById(id),
                shipmentRepository.findByOrderId(id).orElse(null));
    }

    public PageDto<OrderSummaryDto> search(Long customerId, String status, Integer page, Integer size) {
        OrderStatus wanted = status == null || status.isBlank() ? null : status(status);
        return PageDto.of(
                orderRepository.search(
                        customerId,
                        wanted,
                        PageRequests.of(page, size, Sort.by(Sort.Direction.DESC, "placedAt", "id"))),
                orderMapper::toSummary);
    }

    public List<OrderStatusChangeDto> history(Long orderId) {
        if (!orderRepository.existsById(orderId)) {
            throw new ResourceNotFoundException("Order", orderId);
        }
        return historyRepository.findByOrderIdOrderByChangedAtAscIdAsc(orderId).stream()
                .map(orderMapper::toDto)
                .toList();
    }

    private static OrderStatus status(String value) {
        try {
            return OrderStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "unknown order status '" + value + "'");
        }
    }
}
