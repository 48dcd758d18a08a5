package com.acme.shop.controller;

import com.acme.shop.dto.AddressDto;
import com.acme.shop.dto.AddressRequest;
import com.acme.shop.dto.CustomerDto;
import com.acme.shop.dto.CustomerRequest;
import com.acme.shop.dto.LoyaltyDto;
import com.acme.shop.dto.PageDto;
import com.acme.shop.service.CustomerService;
import com.acme.shop.service.LoyaltyService;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
public class CustomerController {

    private final CustomerService customerService;
    private final LoyaltyService loyaltyService;

    public CustomerController(CustomerService customerService, LoyaltyService loyaltyService) {
        this.customerService = customerService;
        this.loyaltyService = loyaltyService;
    }

    @GetMapping
    public PageDto<CustomerDto> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return customerService.search(q, page, size);
    }

    @GetMapping("/{id}")
    public CustomerDto get(@PathVariable Long id) {
        return customerService.getCustomer(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public CustomerDto register(@RequestBody CustomerRequest request) {
        return customerService.register(request);
    }

    @PutMapping("/{id}")
    public CustomerDto update(@PathVariable Long id, @RequestBody CustomerRequest request) {
        return customerService.update(id, request);
    }

    @GetMapping("/{id}/addresses")
    public List<AddressDto> addresses(@PathVariable Long id) {
        return customerService.addresses(id);
    }

    @PostMapping("/{id}/addresses")
    @ResponseStatus(HttpStatus.CREATED)
    public AddressDto addAddress(@PathVariable Long id, @RequestBody AddressRequest request) {
        return customerService.addAddress(id, request);
    }

    @GetMapping("/{id}/loyalty")
    public LoyaltyDto loyalty(@PathVariable Long id) {
        return loyaltyService.getLoyalty(id);
    }
}
