package com.acme.shop.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** expected-boundaries.json lists exactly the endpoints and tables the running application has. */
class EndpointCatalogIT extends FlowTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void everyEndpointOfTheApplicationIsInTheOracleWithItsHandler() {
        Set<String> actual = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                handlerMapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            for (String path : entry.getKey().getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                entry.getKey()
                        .getMethodsCondition()
                        .getMethods()
                        .forEach(method -> actual.add(method + " " + path + " "
                                + handler.getBeanType().getSimpleName() + "#"
                                + handler.getMethod().getName()));
            }
        }
        Set<String> expected = new TreeSet<>();
        for (JsonNode endpoint : oracle().path("endpoints")) {
            String handler = endpoint.path("handler").asString();
            expected.add(endpoint.path("method").asString() + " "
                    + endpoint.path("path").asString() + " " + handler.substring(handler.lastIndexOf('.') + 1));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void everyTableHasAPrimaryKeyAndTheDatabaseFeedsChangeDataCapture() {
        assertThat(jdbcTemplate.queryForObject("show wal_level", String.class)).isEqualTo("logical");
        assertThat(jdbcTemplate.queryForList("""
                        select t.table_name from information_schema.tables t
                        where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
                          and not exists (select 1 from information_schema.table_constraints c
                                          where c.table_schema = t.table_schema and c.table_name = t.table_name
                                            and c.constraint_type = 'PRIMARY KEY')
                        """, String.class)).isEmpty();
        Set<String> tables = new HashSet<>(jdbcTemplate.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public'"
                        + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'",
                String.class));
        Set<String> expected = new HashSet<>();
        oracle().path("domains").forEach(domain -> domain.path("tables").forEach(t -> expected.add(t.asString())));
        assertThat(tables).isEqualTo(expected);
    }

    private static JsonNode oracle() {
        return JsonMapper.builder()
                .build()
                .readTree(Path.of("expected-boundaries.json").toFile());
    }
}
