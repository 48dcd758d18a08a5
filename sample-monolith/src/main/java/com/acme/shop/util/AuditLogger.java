package com.acme.shop.util;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes the audit trail the auditors asked for in 2019; every service calls it. */
@Component
public class AuditLogger {

    private static final Logger log = LoggerFactory.getLogger(AuditLogger.class);
    private static final String INSERT_SQL =
            "insert into audit_log (actor, action, entity_type, entity_id, details) values (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbcTemplate;

    public AuditLogger(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public void log(String action, String entityType, Long entityId, String details) {
        jdbcTemplate.update(
                INSERT_SQL, ShopConstants.SYSTEM_USER, action, entityType, entityId, TextUtils.truncate(details, 500));
        log.debug("audit {} {} {}: {}", action, entityType, entityId, details);
    }
}
