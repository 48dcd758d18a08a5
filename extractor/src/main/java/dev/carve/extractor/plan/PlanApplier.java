package dev.carve.extractor.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.carve.extractor.ExtractionException;
import dev.carve.proxy.AdminClient;
import dev.carve.proxy.RouteStatus;
import dev.carve.proxy.Stage;
import dev.carve.proxy.config.ProxyConfig;
import dev.carve.proxy.config.ProxyConfigs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code carve plan apply --step N}: carries out one step of {@code carve-plan.yaml}. A {@code stage} step moves its
 * routes to the step's stage through the admin API of the proxy the plan's {@code proxy} section describes (address
 * and token from that section). Sync steps are not driven yet: they are refused with what to do instead.
 */
public final class PlanApplier {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Applies step {@code number}; returns the routes' status after the change. */
    public List<RouteStatus> apply(Path planFile, int number) {
        JsonNode step = step(planFile, number);
        String action = step.path("action").asText();
        if (!action.equals("stage")) {
            throw ExtractionException.badInput(planFile + ": step " + number + " is a '" + action + "' step ("
                    + step.path("does").asText() + "); carve plan apply drives only the proxy's stage steps so"
                    + " far. Carry it out with carve sync (carve sync --config " + planFile + " --section sync for"
                    + " the sync this plan describes), then apply the next step.");
        }
        Stage stage = Stage.of(step.path("stage").asText());
        AdminClient admin = adminClient(planFile);
        List<RouteStatus> out = new ArrayList<>();
        for (JsonNode route : step.path("routes")) {
            out.add(admin.promote(route.asText(), stage, null, "carve plan apply --step " + number));
        }
        return out;
    }

    private static JsonNode step(Path planFile, int number) {
        JsonNode plan;
        try {
            plan = YAML.readTree(Files.readString(planFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ExtractionException.badInput(planFile + ": cannot be read as a plan: " + e.getMessage()
                    + ". Write one with carve plan --module <name>.");
        }
        JsonNode steps = plan == null ? null : plan.get("steps");
        if (steps == null || !steps.isArray()) {
            throw ExtractionException.badInput(planFile + ": no 'steps' list; not a carve-plan.yaml.");
        }
        for (JsonNode step : steps) {
            if (step.path("step").asInt() == number) {
                return step;
            }
        }
        throw ExtractionException.badInput(
                planFile + ": no step " + number + "; the plan has steps 1 to " + steps.size() + ".");
    }

    private static AdminClient adminClient(Path planFile) {
        ProxyConfig config = ProxyConfigs.load(planFile, "proxy");
        String host = config.admin().host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        String url = "http://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":"
                + config.admin().port();
        return new AdminClient(url, token(config, planFile));
    }

    private static String token(ProxyConfig config, Path planFile) {
        if (config.admin().token() != null && !config.admin().token().isBlank()) {
            return config.admin().token();
        }
        Path file = ProxyConfigs.baseDirOf(planFile).resolve(config.admin().tokenFile());
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw ExtractionException.badInput(file + ": no admin token (" + e.getMessage() + "). Start the proxy"
                    + " with this plan first (it writes the token file), or set proxy.admin.token.");
        }
    }
}
