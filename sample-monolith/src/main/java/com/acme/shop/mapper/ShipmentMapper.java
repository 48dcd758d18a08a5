package com.acme.shop.mapper;

import com.acme.shop.dto.CarrierDto;
import com.acme.shop.dto.ShipmentDto;
import com.acme.shop.entity.Carrier;
import com.acme.shop.entity.Shipment;
import org.springframework.stereotype.Component;

@Component
public class ShipmentMapper {

    public ShipmentDto toDto(Shipment shipment) {
        Carrier carrier = shipment.getCarrier();
        String trackingUrl = shipment.getTrackingNumber() == null
                ? null
                : carrier.getTrackingUrlTemplate().replace("{tracking}", shipment.getTrackingNumber());
        return new ShipmentDto(
                shipment.getId(),
                shipment.getOrder().getId(),
                carrier.getCode(),
                shipment.getWarehouse().getCode(),
                shipment.getStatus().name(),
                shipment.getTrackingNumber(),
                trackingUrl,
                shipment.getShippingCost(),
                shipment.getCreatedAt(),
                shipment.getDispatchedAt(),
                shipment.getDeliveredAt());
    }

    public CarrierDto toDto(Carrier carrier) {
        return new CarrierDto(carrier.getId(), carrier.getCode(), carrier.getName());
    }
}
