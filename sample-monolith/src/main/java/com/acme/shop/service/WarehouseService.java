package com.acme.shop.service;

import com.acme.shop.dao.WarehouseRepository;
import com.acme.shop.dto.WarehouseDto;
import com.acme.shop.dto.WarehouseRequest;
import com.acme.shop.entity.Warehouse;
import com.acme.shop.exception.ConflictException;
import com.acme.shop.exception.ValidationException;
import com.acme.shop.mapper.InventoryMapper;
import com.acme.shop.util.ValidationUtils;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class WarehouseService {

    private final WarehouseRepository warehouseRepository;
    private final InventoryMapper inventoryMapper;

    public WarehouseService(WarehouseRepository warehouseRepository, InventoryMapper inventoryMapper) {
        this.warehouseRepository = warehouseRepository;
        this.inventoryMapper = inventoryMapper;
    }

    public List<WarehouseDto> listWarehouses() {
        return warehouseRepository.findByActiveTrueOrderByCode().stream()
                .map(inventoryMapper::toDto)
                .toList();
    }

    @Transactional
    public WarehouseDto openWarehouse(WarehouseRequest request) {
        ValidationUtils.requireNonNull(request, "body");
        String code = ValidationUtils.requireText(request.code(), "code", 20).toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9]{3,20}")) {
            throw new ValidationException("code", "3-20 letters or digits");
        }
        if (warehouseRepository.findByCode(code).isPresent()) {
            throw new ConflictException("Warehouse " + code + " already exists");
        }
        Warehouse warehouse = new Warehouse();
        warehouse.setCode(code);
        warehouse.setName(ValidationUtils.requireText(request.name(), "name", 100));
        warehouse.setCountry(ValidationUtils.requireCountry(request.country(), "country"));
        return inventoryMapper.toDto(warehouseRepository.save(warehouse));
    }
}
