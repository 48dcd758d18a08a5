package com.acme.shop.config;

import org.springframework.boot.ExitCodeGenerator;

/** The configured database cannot be reached at startup. */
public class DatabaseUnreachableException extends RuntimeException implements ExitCodeGenerator {

    private final String url;

    public DatabaseUnreachableException(String url, String reason, Throwable cause) {
        super("Cannot connect to the database at " + url + ": " + reason, cause);
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    @Override
    public int getExitCode() {
        return 2;
    }
}
