package com.acme.shop.mapper;

import com.acme.shop.dto.AddressDto;
import com.acme.shop.dto.CustomerDto;
import com.acme.shop.entity.Address;
import com.acme.shop.entity.Customer;
import org.springframework.stereotype.Component;

@Component
public class CustomerMapper {

    public CustomerDto toDto(Customer customer, long orderCount) {
        return new CustomerDto(
                customer.getId(),
                customer.getEmail(),
                customer.getFirstName(),
                customer.getLastName(),
                customer.getPhone(),
                customer.getTier().name(),
                customer.isMarketingOptIn(),
                customer.getAddresses().stream().map(this::toDto).toList(),
                orderCount,
                customer.getCreatedAt());
    }

    public AddressDto toDto(Address address) {
        return new AddressDto(
                address.getId(),
                address.getLine1(),
                address.getLine2(),
                address.getCity(),
                address.getPostalCode(),
                address.getCountry(),
                address.isDefaultAddress());
    }
}
