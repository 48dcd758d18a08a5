package com.acme.shop.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Tries the configured {@code spring.datasource.url} once, before anything else starts, so a wrong URL ends the
 * start with one line naming it instead of a page of pool and Flyway stack traces. Registered in
 * META-INF/spring.factories.
 */
public class DatabaseReachabilityCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (!StringUtils.hasText(url)) {
            return;
        }
        String timeoutSeconds = environment.getProperty("sample.db.connect-timeout-seconds", "5");
        try {
            DataSource dataSource = DataSourceBuilder.create()
                    .type(SimpleDriverDataSource.class)
                    .url(url)
                    .username(environment.getProperty("spring.datasource.username"))
                    .password(environment.getProperty("spring.datasource.password"))
                    .build();
            Properties properties = new Properties();
            properties.setProperty("connectTimeout", timeoutSeconds);
            properties.setProperty("loginTimeout", timeoutSeconds);
            ((SimpleDriverDataSource) dataSource).setConnectionProperties(properties);
            try (Connection connection = dataSource.getConnection()) {
                connection.isValid(1);
            }
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseUnreachableException(url, reason(e), e);
        }
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() != null ? e.getMessage() : root.toString();
        if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
            message = message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return message.replace('\n', ' ');
    }
}
