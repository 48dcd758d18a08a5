package com.acme.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps expected-boundaries.json, written by hand, true to the code: every class and table is listed, the sizes
 * the sample promises hold, and every planted tangle's edges exist in the bytecode. Classes are matched by simple
 * name (unique in the sample), so the file stays valid while later tools move classes between packages.
 */
class ExpectedBoundariesTest {

    private static final Path ORACLE = Path.of("expected-boundaries.json");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Set<String> NOT_BUSINESS = Set.of("shared", "dead");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");

    private static final JsonNode oracle = JsonMapper.builder().build().readTree(ORACLE.toFile());
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(location -> !location.contains("package-info"))
            .importPath(Path.of("target/classes"));
    private static final Map<String, String> domainOfClass = domainOfClass();

    @Test
    void listsEveryClassOfTheSourcesExactlyOnce() {
        Set<String> sourceClasses = new TreeSet<>();
        for (Path file : files(SOURCES, ".java")) {
            sourceClasses.add(file.getFileName().toString().replace(".java", ""));
        }
        assertThat(domainOfClass.keySet()).containsExactlyInAnyOrderElementsOf(sourceClasses);
    }

    @Test
    void bytecodeHasNoClassesTheSourcesDoNotNameSoBothViewsAgree() {
        Set<String> compiled = new TreeSet<>();
        classes.stream()
                .filter(c -> c.getPackageName().startsWith("com.acme.shop"))
                .forEach(c -> compiled.add(c.getName()));
        assertThat(compiled).noneMatch(name -> name.contains("$"));
        assertThat(compiled.stream().map(ExpectedBoundariesTest::simpleName))
                .containsExactlyInAnyOrderElementsOf(domainOfClass.keySet());
    }

    @Test
    void listsEveryTableOfTheMigrationsExactlyOnce() {
        Set<String> migrated = new TreeSet<>();
        for (Path file : files(MIGRATIONS, ".sql")) {
            Matcher matcher = CREATE_TABLE.matcher(read(file));
            while (matcher.find()) {
                migrated.add(matcher.group(1).toLowerCase());
            }
        }
        List<String> listed = new ArrayList<>();
        oracle.path("domains").forEach(d -> d.path("tables").forEach(t -> listed.add(t.asString())));
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(migrated);
    }

    @Test
    void sampleIsAsBigAsPromised() {
        long businessDomains = stream(oracle.path("domains"))
                .map(d -> d.path("name").asString())
                .filter(name -> !NOT_BUSINESS.contains(name))
                .count();
        long tables = stream(oracle.path("domains"))
                .mapToLong(d -> d.path("tables").size())
                .sum();
        assertThat(businessDomains).isGreaterThanOrEqualTo(8);
        assertThat(domainOfClass).hasSizeGreaterThanOrEqualTo(120);
        assertThat(tables).isGreaterThanOrEqualTo(20);
        assertThat(oracle.path("endpoints").size()).isGreaterThanOrEqualTo(30);
        Set<String> domainNames = new HashSet<>(domainOfClass.values());
        stream(oracle.path("endpoints"))
                .forEach(e -> assertThat(domainNames).contains(e.path("domain").asString()));
    }

    @Test
    void everyTangleEdgeExistsInTheBytecode() {
        List<String> missing = new ArrayList<>();
        for (JsonNode tangle : oracle.path("tangles")) {
            for (JsonNode edge : tangle.path("edges")) {
                if (!edgeHolds(edge)) {
                    missing.add(tangle.path("id").asString() + ": " + edge);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyTableAccessExistsInTheCode() {
        List<String> missing = new ArrayList<>();
        for (JsonNode tangle : oracle.path("tangles")) {
            for (JsonNode access : tangle.path("tableAccess")) {
                if (!tableAccessHolds(access)) {
                    missing.add(tangle.path("id").asString() + ": " + access);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theDeclaredCyclesAreExactlyTheDomainCyclesOfTheCode() {
        Map<String, Set<String>> uses = new HashMap<>();
        for (JavaClass javaClass : appClasses()) {
            String from = domainOfClass.get(javaClass.getSimpleName());
            if (NOT_BUSINESS.contains(from)) {
                continue;
            }
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                String to = domainOfClass.get(
                        dependency.getTargetClass().getBaseComponentType().getSimpleName());
                if (to != null
                        && !to.equals(from)
                        && !NOT_BUSINESS.contains(to)
                        && dependency
                                .getTargetClass()
                                .getBaseComponentType()
                                .getPackageName()
                                .startsWith("com.acme.shop")) {
                    uses.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        }
        Set<String> mutual = new TreeSet<>();
        uses.forEach((from, targets) -> targets.stream()
                .filter(to -> uses.getOrDefault(to, Set.of()).contains(from) && from.compareTo(to) < 0)
                .forEach(to -> mutual.add(from + "<->" + to)));
        Set<String> declared = new TreeSet<>();
        stream(oracle.path("tangles"))
                .filter(t -> t.path("kind").asString().equals("cycle"))
                .forEach(t -> {
                    List<String> pair = new ArrayList<>();
                    t.path("domains").forEach(d -> pair.add(d.asString()));
                    pair.sort(null);
                    declared.add(pair.get(0) + "<->" + pair.get(1));
                });
        assertThat(mutual).isEqualTo(declared);
    }

    @Test
    void deadClassesAreReachedByNothingAndWiredByNothing() {
        Set<String> dead = new HashSet<>();
        domainOfClass.forEach((name, domain) -> {
            if (domain.equals("dead")) {
                dead.add(name);
            }
        });
        for (JavaClass javaClass : appClasses()) {
            if (dead.contains(javaClass.getSimpleName())) {
                assertThat(javaClass.isAnnotatedWith(Component.class)
                                || javaClass.isAnnotatedWith(Service.class)
                                || javaClass.isAnnotatedWith(Repository.class))
                        .as(javaClass.getName())
                        .isFalse();
                continue;
            }
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                assertThat(dead)
                        .as("%s uses a dead class", javaClass.getName())
                        .doesNotContain(dependency.getTargetClass().getSimpleName());
            }
        }
    }

    @Test
    void godServiceReachesAtLeastFourDomains() {
        JsonNode god = stream(oracle.path("tangles"))
                .filter(t -> t.path("kind").asString().equals("god-service"))
                .findFirst()
                .orElseThrow();
        Set<String> reached = new TreeSet<>();
        god.path("edges")
                .forEach(e ->
                        reached.add(domainOfClass.get(simpleName(e.path("to").asString()))));
        reached.remove(domainOfClass.get(
                simpleName(god.path("edges").get(0).path("from").asString())));
        assertThat(reached).hasSizeGreaterThanOrEqualTo(4);
    }

    private static boolean edgeHolds(JsonNode edge) {
        JavaClass from = appClass(edge.path("from").asString());
        JavaClass to = appClass(edge.path("to").asString());
        String via = edge.path("via").isMissingNode() ? null : edge.path("via").asString();
        return switch (edge.path("kind").asString()) {
            case "calls" ->
                from.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getTargetOwner().equals(to) && inMethod(call.getOrigin(), via));
            case "uses" ->
                from.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().equals(to));
            case "jpa-relation" ->
                from.getFields().stream()
                        .anyMatch(field -> field.getName().equals(via)
                                && field.getRawType().equals(to)
                                && (field.isAnnotatedWith(ManyToOne.class) || field.isAnnotatedWith(OneToOne.class)));
            case "publishes" ->
                from.getConstructorCallsFromSelf().stream()
                        .anyMatch(call -> call.getTargetOwner().equals(to) && inMethod(call.getOrigin(), via));
            case "listens" -> listensTo(from, to, via);
            case "event" ->
                from.getConstructorCallsFromSelf().stream()
                        .map(call -> call.getTargetOwner())
                        .anyMatch(event -> listensTo(to, event, null));
            default -> false;
        };
    }

    private static boolean listensTo(JavaClass listener, JavaClass event, String method) {
        return listener.getMethods().stream()
                .anyMatch(m -> m.isAnnotatedWith(EventListener.class)
                        && (method == null || m.getName().equals(method))
                        && m.getRawParameterTypes().contains(event));
    }

    private static boolean inMethod(JavaCodeUnit origin, String via) {
        return via == null || origin.getName().equals(via) || origin.getName().startsWith("lambda$" + via + "$");
    }

    private static boolean tableAccessHolds(JsonNode access) {
        JavaClass type = appClass(access.path("type").asString());
        String table = access.path("table").asString();
        if (!access.path("method").isMissingNode()) {
            return queryTouches(type, access.path("method").asString(), table);
        }
        if (!access.path("via").isMissingNode()) {
            JavaClass repository = appClass(access.path("via").asString());
            boolean calls = type.getMethodCallsFromSelf().stream()
                    .anyMatch(c -> c.getTargetOwner().equals(repository));
            return calls && table.equals(tableOf(entityOf(repository)));
        }
        Pattern sql = Pattern.compile("(?i)\\b(from|join|into|update)\\s+" + table + "\\b");
        return sql.matcher(read(sourceOf(type))).find();
    }

    private static boolean queryTouches(JavaClass repository, String methodName, String table) {
        Class<?> entity = entityOf(repository);
        for (JavaMethod method : repository.getMethods()) {
            if (!method.getName().equals(methodName) || !method.isAnnotatedWith(Query.class)) {
                continue;
            }
            Query query = method.getAnnotationOfType(Query.class);
            String text = query.value();
            if (query.nativeQuery()) {
                return Pattern.compile("\\b" + table + "\\b").matcher(text).find();
            }
            if (table.equals(tableOf(entity))) {
                return Pattern.compile("\\b" + entity.getSimpleName() + "\\b")
                        .matcher(text)
                        .find();
            }
            for (java.lang.reflect.Field field : entity.getDeclaredFields()) {
                if (table.equals(tableOf(field.getType())) && text.contains("." + field.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Class<?> entityOf(JavaClass repository) {
        for (Type type : repository.reflect().getGenericInterfaces()) {
            if (type instanceof ParameterizedType parameterized) {
                return (Class<?>) parameterized.getActualTypeArguments()[0];
            }
        }
        throw new AssertionError(repository.getName() + " is not a Spring Data repository");
    }

    private static String tableOf(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        return table == null ? null : table.name();
    }

    private static JavaClass appClass(String fqcn) {
        String simpleName = simpleName(fqcn);
        assertThat(domainOfClass).as("class %s is listed in a domain", fqcn).containsKey(simpleName);
        Optional<JavaClass> found = appClasses().stream()
                .filter(c -> c.getSimpleName().equals(simpleName))
                .findFirst();
        return found.orElseThrow(() -> new AssertionError("no compiled class " + simpleName));
    }

    private static List<JavaClass> appClasses() {
        return classes.stream()
                .filter(c -> c.getPackageName().startsWith("com.acme.shop"))
                .toList();
    }

    private static Path sourceOf(JavaClass javaClass) {
        return files(SOURCES, ".java").stream()
                .filter(p -> p.getFileName().toString().equals(javaClass.getSimpleName() + ".java"))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, String> domainOfClass() {
        Map<String, String> result = new HashMap<>();
        for (JsonNode domain : oracle.path("domains")) {
            for (JsonNode name : domain.path("classes")) {
                String previous = result.put(
                        simpleName(name.asString()), domain.path("name").asString());
                assertThat(previous).as("%s is listed twice", name.asString()).isNull();
            }
        }
        return result;
    }

    private static String simpleName(String fqcn) {
        return fqcn.substring(fqcn.lastIndexOf('.') + 1);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            // package-info.java declares a package, not a class (tools like carve extract modulith add them)
            return walk.filter(p -> p.toString().endsWith(suffix))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
