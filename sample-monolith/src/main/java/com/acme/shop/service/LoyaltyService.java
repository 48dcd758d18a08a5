package com.acme.shop.service;

import com.acme.shop.config.ShopProperties;
import com.acme.shop.dao.CustomerRepository;
import com.acme.shop.dao.LoyaltyAccountRepository;
import com.acme.shop.dto.LoyaltyDto;
import com.acme.shop.entity.Customer;
import com.acme.shop.entity.CustomerTier;
import com.acme.shop.entity.LoyaltyAccount;
import com.acme.shop.exception.ResourceNotFoundException;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Points for every euro spent; lifetime points decide the tier. */
@Service
@Transactional(readOnly = true)
public class LoyaltyService {

    static final int SILVER_FROM = 1_000;
    static final int GOLD_FROM = 5_000;

    private final LoyaltyAccountRepository loyaltyAccountRepository;
    private final CustomerRepository customerRepository;
    private final ShopProperties shopProperties;

    public LoyaltyService(
            LoyaltyAccountRepository loyaltyAccountRepository,
            CustomerRepository customerRepository,
            ShopProperties shopProperties) {
        this.loyaltyAccountRepository = loyaltyAccountRepository;
        this.customerRepository = customerRepository;
        this.shopProperties = shopProperties;
    }

    public LoyaltyDto getLoyalty(Long customerId) {
        LoyaltyAccount account = loyaltyAccountRepository
                .findByCustomerId(customerId)
                .orElseThrow(() -> new ResourceNotFoundException("Loyalty account of customer", customerId));
        CustomerTier tier = tierFor(account.getLifetimePoints());
        int next = tier == CustomerTier.GOLD
                ? 0
                : (tier == CustomerTier.SILVER ? GOLD_FROM : SILVER_FROM) - account.getLifetimePoints();
        return new LoyaltyDto(customerId, account.getPoints(), account.getLifetimePoints(), tier.name(), next);
    }

    @Transactional
    public void awardPoints(Long customerId, BigDecimal orderTotal) {
        int points = orderTotal.intValue() * shopProperties.getLoyaltyPointsPerEuro();
        if (points <= 0 || loyaltyAccountRepository.addPoints(customerId, points) == 0) {
            return;
        }
        int lifetime = loyaltyAccountRepository
                .findByCustomerId(customerId)
                .map(LoyaltyAccount::getLifetimePoints)
                .orElse(0);
        Customer customer = customerRepository.findById(customerId).orElseThrow();
        CustomerTier tier = tierFor(lifetime);
        if (tier.ordinal() > customer.getTier().ordinal()) {
            customer.setTier(tier);
        }
    }

    static CustomerTier tierFor(int lifetimePoints) {
        if (lifetimePoints >= GOLD_FROM) {
            return CustomerTier.GOLD;
        }
        return lifetimePoints >= SILVER_FROM ? CustomerTier.SILVER : CustomerTier.STANDARD;
    }
}
