package com.acme.shop.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link DatabaseUnreachableException} into Spring Boot's short "failed to start" report. */
public class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Start the database or fix --spring.datasource.url (and spring.datasource.username/password);"
                        + " leave spring.datasource.url unset to use the embedded PostgreSQL.",
                null);
    }
}
