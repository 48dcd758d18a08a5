package dev.carve.extractor.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.carve.analyzer.proposal.ExtractionStep;
import dev.carve.analyzer.proposal.Module;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.analyzer.proposal.TableOwnership;
import dev.carve.extractor.ExtractionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes {@code carve-plan.yaml} for one module: its {@code proxy} section is a complete {@code carve proxy} config
 * (one route per entry-point path, starting at stage legacy), its {@code sync} section is a complete
 * {@code carve sync} config for the tables it owns ({@link SyncSection}), {@code data} says how those tables are
 * shared, and {@code steps} says in which order to move data and traffic, what to check
 * before going on and how to go back. docs/formats/carve-plan.md describes every key.
 */
public final class MigrationPlanner {
    public static final int FORMAT_VERSION = 1;
    public static final String FILE_NAME = "carve-plan.yaml";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    public String plan(Proposal proposal, String moduleName, PlanOptions options) {
        Module module = proposal.module(moduleName)
                .orElseThrow(() -> ExtractionException.badInput("no module '"
                        + moduleName + "' in the proposal. Modules: "
                        + String.join(
                                ", ",
                                proposal.modules().stream().map(Module::name).toList())));
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("formatVersion", FORMAT_VERSION);
        plan.put("module", module.name());
        plan.put(
                "verdict",
                module.rightSizing() == null ? "" : module.rightSizing().verdict());
        plan.put("order", order(proposal, module));
        Map<String, Object> proxy = proxy(module, options);
        plan.put("proxy", proxy);
        if (!module.ownedTables().isEmpty()) {
            plan.put("data", data(proposal, module));
            plan.put("sync", SyncSection.of(module, options));
        }
        plan.put("steps", steps(module, routeNames(proxy)));
        try {
            return "# carve-plan.yaml for module " + module.name() + " (docs/formats/carve-plan.md)\n"
                    + YAML.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw ExtractionException.internal("cannot write the plan as YAML", e);
        }
    }

    private static Map<String, Object> order(Proposal proposal, Module module) {
        Map<String, Object> order = new LinkedHashMap<>();
        Optional<ExtractionStep> step = proposal.extractionOrder().stream()
                .filter(s -> s.module().equals(module.name()))
                .findFirst();
        order.put("rank", step.map(ExtractionStep::rank).orElse(0));
        order.put("of", proposal.extractionOrder().size());
        order.put(
                "after",
                proposal.extractionOrder().stream()
                        .filter(s -> step.isPresent() && s.rank() < step.get().rank())
                        .map(ExtractionStep::module)
                        .toList());
        order.put("cycleWith", step.map(ExtractionStep::cycleWith).orElse(List.of()));
        return order;
    }

    private static Map<String, Object> proxy(Module module, PlanOptions options) {
        Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();
        for (String entryPoint : module.entryPoints()) {
            String[] parts = entryPoint.trim().split("\\s+", 2);
            if (parts.length == 2 && METHODS.contains(parts[0].toUpperCase(Locale.ROOT)) && parts[1].startsWith("/")) {
                methodsByPath
                        .computeIfAbsent(parts[1], p -> new LinkedHashSet<>())
                        .add(parts[0]);
            }
        }
        Map<String, Object> proxy = new LinkedHashMap<>();
        proxy.put("listen", Map.of("host", "0.0.0.0", "port", options.proxyPort()));
        proxy.put("admin", Map.of("port", options.adminPort()));
        proxy.put(
                "backends",
                List.of(
                        Map.of("name", "legacy", "url", options.legacyUrl()),
                        Map.of("name", module.name(), "url", options.serviceUrl())));
        List<Map<String, Object>> routes = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        methodsByPath.forEach((path, methods) -> {
            Map<String, Object> route = new LinkedHashMap<>();
            route.put("name", unique(names, module.name() + "-" + slug(path)));
            route.put("path", path);
            route.put("methods", List.copyOf(methods));
            route.put("target", module.name());
            route.put("stage", "legacy");
            route.put("canary", Map.of("percent", 10, "stickyBy", "client"));
            route.put("shadow", Map.of("mirrorWrites", false, "learnNoise", true));
            Map<String, Object> gates = new LinkedHashMap<>();
            gates.put("window", "30s");
            gates.put("minRequests", 20);
            gates.put("maxErrorRate", 0.01);
            gates.put("maxP99", "500ms");
            gates.put("maxDiffRate", 0.02);
            route.put("gates", gates);
            route.put("progressive", Map.of("enabled", false, "steps", List.of(1, 5, 25, 50, 100), "bake", "10m"));
            routes.add(route);
        });
        proxy.put("routes", routes);
        return proxy;
    }

    private static Map<String, Object> data(Proposal proposal, Module module) {
        Map<String, Object> sync = new LinkedHashMap<>();
        sync.put("direction", "legacy-to-service");
        List<Map<String, Object>> tables = new ArrayList<>();
        for (String table : module.ownedTables()) {
            Optional<TableOwnership> ownership = proposal.tables().stream()
                    .filter(t -> t.table().equals(table))
                    .findFirst();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("table", table);
            entry.put("shared", ownership.map(TableOwnership::shared).orElse(false));
            entry.put("resolution", ownership.map(TableOwnership::resolution).orElse("none"));
            tables.add(entry);
        }
        sync.put("tables", tables);
        return sync;
    }

    private static List<String> routeNames(Map<String, Object> proxy) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> routes = (List<Map<String, Object>>) proxy.get("routes");
        return routes.stream().map(r -> (String) r.get("name")).toList();
    }

    private static List<Map<String, Object>> steps(Module module, List<String> routes) {
        List<Map<String, Object>> steps = new ArrayList<>();
        String service = module.name();
        if (!module.ownedTables().isEmpty()) {
            steps.add(step(
                    steps.size() + 1,
                    "sync-start",
                    List.of(),
                    "copy " + String.join(", ", module.ownedTables()) + " to " + service
                            + "'s database (snapshot, then stream changes): carve sync --config <this plan>"
                            + " --section sync",
                    "every table's row count and checksum match (carve sync verify)",
                    "stop the sync and drop the copied tables"));
        }
        if (!routes.isEmpty()) {
            steps.add(step(
                    steps.size() + 1,
                    "stage",
                    routes,
                    "shadow: mirror reads to " + service + " and compare the responses",
                    "diff rate under gates.maxDiffRate for a full gates.window",
                    "stage legacy"));
            steps.add(step(
                    steps.size() + 1,
                    "stage",
                    routes,
                    "canary: send canary.percent of the clients to " + service,
                    "error rate and p99 under the gates for a full window (the proxy demotes on breach)",
                    "stage legacy"));
            steps.add(step(
                    steps.size() + 1,
                    "stage",
                    routes,
                    "new: send every request to " + service,
                    "error rate and p99 under the gates for a full window",
                    "stage canary, then legacy"));
        }
        if (!module.ownedTables().isEmpty()) {
            steps.add(step(
                    steps.size() + 1,
                    "sync-stop",
                    List.of(),
                    service + " owns its tables: stop copying"
                            + " from the monolith and remove the monolith's writes to them",
                    "no writes to the tables in the monolith's database since cut-over",
                    "start the sync again from the monolith (legacy-to-service) and stage the routes legacy"));
        }
        return steps;
    }

    private static Map<String, Object> step(
            int number, String action, List<String> routes, String does, String verify, String rollback) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("step", number);
        step.put("action", action);
        if (action.equals("stage")) {
            step.put("stage", does.substring(0, does.indexOf(':')));
            step.put("routes", routes);
        }
        step.put("does", does);
        step.put("verify", verify);
        step.put("rollback", rollback);
        return step;
    }

    private static String slug(String path) {
        String slug = path.toLowerCase(Locale.ROOT)
                .replaceAll("\\{[^}]*}", "id")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.startsWith("api-") ? slug.substring(4) : slug;
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int i = 2; !names.add(candidate); i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }
}
