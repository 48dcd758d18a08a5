package com.acme.shop.dto;

/** Registers or updates a customer. */
public record CustomerRequest(String email, String firstName, String lastName, String phone, Boolean marketingOptIn) {}
