package com.acme.shop.mapper;

import com.acme.shop.dto.OrderDto;
import com.acme.shop.dto.OrderLineDto;
import com.acme.shop.dto.OrderStatusChangeDto;
import com.acme.shop.dto.OrderSummaryDto;
import com.acme.shop.dto.ShipmentDto;
import com.acme.shop.entity.Order;
import com.acme.shop.entity.OrderLine;
import com.acme.shop.entity.OrderStatusHistory;
import com.acme.shop.entity.Payment;
import com.acme.shop.entity.Shipment;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class OrderMapper {

    private final CustomerMapper customerMapper;
    private final PaymentMapper paymentMapper;
    private final ShipmentMapper shipmentMapper;

    public OrderMapper(CustomerMapper customerMapper, PaymentMapper paymentMapper, ShipmentMapper shipmentMapper) {
        this.customerMapper = customerMapper;
        this.paymentMapper = paymentMapper;
        this.shipmentMapper = shipmentMapper;
    }

    public OrderDto toDto(Order order, List<OrderLine> lines, List<Payment> payments, Shipment shipment) {
        ShipmentDto shipmentDto = shipment == null ? null : shipmentMapper.toDto(shipment);
        return new OrderDto(
                order.getId(),
                order.getOrderNumber(),
                order.getCustomer().getId(),
                order.getCustomer().getEmail(),
                order.getStatus().name(),
                lines.stream().map(this::toDto).toList(),
                order.getSubtotal(),
                order.getDiscount(),
                order.getShippingCost(),
                order.getTax(),
                order.getTotal(),
                order.getCurrency(),
                order.getCouponCode(),
                customerMapper.toDto(order.getShippingAddress()),
                payments.stream().map(paymentMapper::toDto).toList(),
                shipmentDto,
                order.getPlacedAt(),
                order.getUpdatedAt());
    }

    public OrderSummaryDto toSummary(Order order) {
        return new OrderSummaryDto(
                order.getId(),
                order.getOrderNumber(),
                order.getCustomer().getId(),
                order.getStatus().name(),
                order.getTotal(),
                order.getCurrency(),
                order.getPlacedAt());
    }

    public OrderLineDto toDto(OrderLine line) {
        return new OrderLineDto(
                line.getProduct().getId(),
                line.getProduct().getSku(),
                line.getProduct().getName(),
                line.getQuantity(),
                line.getUnitPrice(),
                line.getLineTotal());
    }

    public OrderStatusChangeDto toDto(OrderStatusHistory change) {
        String from =
                change.getFromStatus() == null ? null : change.getFromStatus().name();
        return new OrderStatusChangeDto(from, change.getToStatus().name(), change.getNote(), change.getChangedAt());
    }
}
