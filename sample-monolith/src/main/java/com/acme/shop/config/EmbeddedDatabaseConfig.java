package com.acme.shop.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * Developer convenience from the days before docker-compose: without a configured datasource the shop starts
 * its own PostgreSQL. It runs with {@code wal_level=logical} so change data capture can read from it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
public class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(
            @Value("${sample.db.dir:}") String dataDir,
            @Value("${sample.db.port:0}") int port,
            @Value("${sample.db.clean:true}") boolean clean)
            throws IOException {
        // a throw-away database gets a directory of its own, so several shops can run side by side
        Path dir = !dataDir.isBlank()
                ? Path.of(dataDir)
                : defaultBaseDir()
                        .resolve("sample-db")
                        .resolve(clean ? "run-" + ProcessHandle.current().pid() : "data");
        dir = dir.toAbsolutePath().normalize();
        Files.createDirectories(dir.getParent());
        if (clean) {
            removeLeftovers(dir);
        }
        File binaries = defaultBaseDir().resolve("embedded-pg").toFile();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(clean)
                .setOverrideWorkingDirectory(binaries)
                .setServerConfig("wal_level", "logical")
                .setServerConfig("max_replication_slots", "10")
                .setServerConfig("max_wal_senders", "10")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(60));
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL at {} (user postgres, data in {})", jdbcUrl(postgres), dir);
        return postgres;
    }

    @Bean
    public DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl(postgres));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("shop");
        return dataSource;
    }

    /** A throw-away database left behind by a killed run is deleted; any other non-empty directory is refused. */
    private static void removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
        }
        if (!Files.exists(dir.resolve("PG_VERSION"))) {
            throw new IllegalStateException("sample.db.dir " + dir
                    + " is neither empty nor a PostgreSQL data directory;" + " give an empty or new directory");
        }
        log.info("Removing the database a previous run left in {}", dir);
        FileSystemUtils.deleteRecursively(dir);
    }

    private static String jdbcUrl(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /** The directory holding the jar (target/ after a build), or target/ when running from target/classes. */
    static Path defaultBaseDir() {
        File source = new ApplicationHome(EmbeddedDatabaseConfig.class).getSource();
        if (source == null) {
            return Path.of("target").toAbsolutePath();
        }
        return source.toPath().toAbsolutePath().getParent();
    }
}
