package com.acme.shop.service;

import com.acme.shop.dao.AddressRepository;
import com.acme.shop.dao.CustomerRepository;
import com.acme.shop.dao.LoyaltyAccountRepository;
import com.acme.shop.dao.OrderRepository;
import com.acme.shop.dto.AddressDto;
import com.acme.shop.dto.AddressRequest;
import com.acme.shop.dto.CustomerDto;
import com.acme.shop.dto.CustomerRequest;
import com.acme.shop.dto.PageDto;
import com.acme.shop.entity.Address;
import com.acme.shop.entity.Customer;
import com.acme.shop.entity.LoyaltyAccount;
import com.acme.shop.exception.ConflictException;
import com.acme.shop.exception.ResourceNotFoundException;
import com.acme.shop.mapper.CustomerMapper;
import com.acme.shop.util.AuditLogger;
import com.acme.shop.util.DateUtils;
import com.acme.shop.util.PageRequests;
import com.acme.shop.util.TextUtils;
import com.acme.shop.validator.CustomerRequestValidator;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CustomerService {

    private final CustomerRepository customerRepository;
    private final AddressRepository addressRepository;
    private final LoyaltyAccountRepository loyaltyAccountRepository;
    private final OrderRepository orderRepository;
    private final NotificationService notificationService;
    private final CustomerRequestValidator validator;
    private final CustomerMapper customerMapper;
    private final AuditLogger auditLogger;

    public CustomerService(
            CustomerRepository customerRepository,
            AddressRepository addressRepository,
            LoyaltyAccountRepository loyaltyAccountRepository,
            OrderRepository orderRepository,
            NotificationService notificationService,
            CustomerRequestValidator validator,
            CustomerMapper customerMapper,
            AuditLogger auditLogger) {
        this.customerRepository = customerRepository;
        this.addressRepository = addressRepository;
        this.loyaltyAccountRepository = loyaltyAccountRepository;
        this.orderRepository = orderRepository;
        this.notificationService = notificationService;
        this.validator = validator;
        this.customerMapper = customerMapper;
        this.auditLogger = auditLogger;
    }

    public PageDto<CustomerDto> search(String text, Integer page, Integer size) {
        Pageable pageable = PageRequests.of(page, size, Sort.by("id"));
        Page<Customer> customers = text == null || text.isBlank()
                ? customerRepository.findAll(pageable)
                : customerRepository.search("%" + text.trim().toLowerCase() + "%", pageable);
        return PageDto.of(customers, this::toDto);
    }

    public CustomerDto getCustomer(Long id) {
        return toDto(requireCustomer(id));
    }

    @Transactional
    public CustomerDto register(CustomerRequest request) {
        validator.validateRegistration(request);
        String email = TextUtils.normalizeEmail(request.email());
        if (customerRepository.existsByEmailIgnoreCase(email)) {
            throw new ConflictException("A customer with e-mail " + TextUtils.maskEmail(email) + " already exists");
        }
        Customer customer = new Customer();
        customer.setEmail(email);
        customer.setFirstName(request.firstName().trim());
        customer.setLastName(request.lastName().trim());
        customer.setPhone(request.phone());
        customer.setMarketingOptIn(Boolean.TRUE.equals(request.marketingOptIn()));
        customerRepository.save(customer);
        LoyaltyAccount account = new LoyaltyAccount();
        account.setCustomer(customer);
        loyaltyAccountRepository.save(account);
        notificationService.notifyCustomer(customer.getId(), "welcome", Map.of());
        auditLogger.log("CUSTOMER_REGISTERED", "customer", customer.getId(), TextUtils.maskEmail(email));
        return customerMapper.toDto(customer, 0);
    }

    @Transactional
    public CustomerDto update(Long id, CustomerRequest request) {
        validator.validateUpdate(request);
        Customer customer = requireCustomer(id);
        if (request.email() != null) {
            String email = TextUtils.normalizeEmail(request.email());
            if (!email.equals(customer.getEmail()) && customerRepository.existsByEmailIgnoreCase(email)) {
                throw new ConflictException("A customer with e-mail " + TextUtils.maskEmail(email) + " already exists");
            }
            customer.setEmail(email);
        }
        if (request.firstName() != null) {
            customer.setFirstName(request.firstName().trim());
        }
        if (request.lastName() != null) {
            customer.setLastName(request.lastName().trim());
        }
        if (request.phone() != null) {
            customer.setPhone(request.phone().isBlank() ? null : request.phone().trim());
        }
        if (request.marketingOptIn() != null) {
            customer.setMarketingOptIn(request.marketingOptIn());
        }
        customer.setUpdatedAt(DateUtils.now());
        auditLogger.log("CUSTOMER_UPDATED", "customer", id, null);
        return toDto(customer);
    }

    public List<AddressDto> addresses(Long customerId) {
        requireCustomer(customerId);
        return addressRepository.findByCustomerIdOrderById(customerId).stream()
                .map(customerMapper::toDto)
                .toList();
    }

    @Transactional
    public AddressDto addAddress(Long customerId, AddressRequest request) {
        validator.validateAddress(request);
        Customer customer = requireCustomer(customerId);
        boolean makeDefault = Boolean.TRUE.equals(request.makeDefault())
                || addressRepository.findByCustomerIdOrderById(customerId).isEmpty();
        if (makeDefault) {
            addressRepository.clearDefault(customerId);
        }
        Address address = new Address();
        address.setCustomer(customer);
        address.setLine1(request.line1().trim());
        address.setLine2(request.line2());
        address.setCity(request.city().trim());
        address.setPostalCode(request.postalCode().trim());
        address.setCountry(request.country());
        address.setDefaultAddress(makeDefault);
        return customerMapper.toDto(addressRepository.save(address));
    }

    public Customer requireCustomer(Long id) {
        return customerRepository.findById(id).orElseThrow(() -> new ResourceNotFoundException("Customer", id));
    }

    private CustomerDto toDto(Customer customer) {
        return customerMapper.toDto(customer, orderRepository.countByCustomerId(customer.getId()));
    }
}
