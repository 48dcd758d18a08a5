package com.acme.shop.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the back-office jobs (package {@code com.acme.shop.job}); {@code shop.scheduling.enabled=false} stops them all. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "shop.scheduling.enabled", matchIfMissing = true)
public class SchedulingConfig {}
