package com.acme.shop.mapper;

import com.acme.shop.dto.LowStockDto;
import com.acme.shop.dto.StockLevelDto;
import com.acme.shop.dto.StockMovementDto;
import com.acme.shop.dto.WarehouseDto;
import com.acme.shop.entity.StockLevel;
import com.acme.shop.entity.StockMovement;
import com.acme.shop.entity.Warehouse;
import org.springframework.stereotype.Component;

@Component
public class InventoryMapper {

    public WarehouseDto toDto(Warehouse warehouse) {
        return new WarehouseDto(
                warehouse.getId(),
                warehouse.getCode(),
                warehouse.getName(),
                warehouse.getCountry(),
                warehouse.isActive());
    }

    public StockLevelDto toDto(StockLevel level) {
        return new StockLevelDto(
                level.getWarehouse().getId(),
                level.getWarehouse().getCode(),
                level.getOnHand(),
                level.getReserved(),
                level.getAvailable(),
                level.getReorderPoint());
    }

    public StockMovementDto toDto(StockMovement movement) {
        return new StockMovementDto(
                movement.getId(),
                movement.getWarehouse().getCode(),
                movement.getQuantity(),
                movement.getType().name(),
                movement.getReference(),
                movement.getCreatedAt());
    }

    public LowStockDto toLowStock(StockLevel level) {
        return new LowStockDto(
                level.getProduct().getId(),
                level.getProduct().getSku(),
                level.getProduct().getName(),
                level.getWarehouse().getCode(),
                level.getAvailable(),
                level.getReorderPoint());
    }
}
