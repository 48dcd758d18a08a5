package dev.carve.proxy.admin;

import java.nio.charset.StandardCharsets;

/** What an admin endpoint answers: status, content type and body. */
record AdminResponse(int status, String contentType, byte[] body) {
    static AdminResponse json(int status, byte[] body) {
        return new AdminResponse(status, "application/json", body);
    }

    static AdminResponse text(int status, String contentType, String body) {
        return new AdminResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }
}
