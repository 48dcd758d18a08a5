package dev.carve.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carve.proxy.config.ProxyConfig;
import dev.carve.proxy.config.ProxyConfigs;
import dev.carve.proxy.shadow.DiffStats;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A client of a running proxy's admin API (what {@code carve proxy status|promote|demote|pause|resume} and
 * {@code carve plan apply} use). Every call is one HTTP request; failures are {@link ProxyException}s saying what to
 * do (bad input for an unknown route, a refused token or an unreachable proxy).
 */
public final class AdminClient {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String baseUrl;
    private final String token;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public AdminClient(String baseUrl, String token) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
    }

    /** A client for the proxy a config file describes: its admin address and token (or token file). */
    public static AdminClient forConfig(Path configFile) {
        return forConfig(configFile, "");
    }

    /** As {@link #forConfig(Path)}, for a config under the key {@code section} of a larger file (empty: whole file). */
    public static AdminClient forConfig(Path configFile, String section) {
        ProxyConfig config = ProxyConfigs.load(configFile, section);
        String host = config.admin().host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        }
        String url = "http://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":"
                + config.admin().port();
        return new AdminClient(url, AdminToken.forClient(config.admin(), ProxyConfigs.baseDirOf(configFile)));
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ProxyStatus status() {
        return read(call("GET", "/status", null), ProxyStatus.class);
    }

    public RouteStatus route(String name) {
        return read(call("GET", "/routes/" + encode(name), null), RouteStatus.class);
    }

    /** One step up: legacy to shadow, shadow to canary, canary to the next step or new. */
    public RouteStatus promote(String route) {
        return promote(route, null, null, null);
    }

    /** Straight to {@code stage}; {@code percent} (may be null) sets the canary split. */
    public RouteStatus promote(String route, Stage stage, Double percent) {
        return promote(route, stage, percent, null);
    }

    public RouteStatus promote(String route, Stage stage, Double percent, String reason) {
        ObjectNode body = JSON.createObjectNode();
        if (stage != null) {
            body.put("stage", stage.id());
        }
        if (percent != null) {
            body.put("percent", percent);
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        return read(call("POST", "/routes/" + encode(route) + "/promote", body), RouteStatus.class);
    }

    /** One stage down. */
    public RouteStatus demote(String route) {
        return demote(route, null, null);
    }

    public RouteStatus demote(String route, Stage stage, String reason) {
        ObjectNode body = JSON.createObjectNode();
        if (stage != null) {
            body.put("stage", stage.id());
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        return read(call("POST", "/routes/" + encode(route) + "/demote", body), RouteStatus.class);
    }

    /** Stops the progressive schedule of a route (gates still demote). */
    public RouteStatus pause(String route, String reason) {
        ObjectNode body = JSON.createObjectNode();
        if (reason != null) {
            body.put("reason", reason);
        }
        return read(call("POST", "/routes/" + encode(route) + "/pause", body), RouteStatus.class);
    }

    public RouteStatus resume(String route) {
        return read(call("POST", "/routes/" + encode(route) + "/resume", JSON.createObjectNode()), RouteStatus.class);
    }

    /** Shadow comparison counts, the most frequent differing paths, learned noise and recent samples. */
    public DiffStats.Snapshot diffs(String route) {
        return read(call("GET", "/routes/" + encode(route) + "/diffs", null), DiffStats.Snapshot.class);
    }

    /** Asks the proxy to reload its config file now; bad input with file, line and key when it is rejected. */
    public String reload() {
        return call("POST", "/reload", JSON.createObjectNode()).path("reload").asText();
    }

    /** The Prometheus exposition text. */
    public String metrics() {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/metrics")).GET())
                .body();
    }

    private JsonNode call(String method, String path, JsonNode body) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json");
        b.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        HttpResponse<String> r = send(b);
        try {
            return JSON.readTree(r.body());
        } catch (JsonProcessingException e) {
            throw ProxyException.internal(
                    "the admin API at " + baseUrl + " answered something that is not JSON: " + r.body(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        b.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10));
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw ProxyException.badInput(
                    "cannot reach the proxy's admin API at " + baseUrl
                            + ". Is 'carve proxy' running with this config? (check admin.host and admin.port)",
                    e);
        } catch (IOException e) {
            throw ProxyException.badInput(
                    "talking to the proxy's admin API at " + baseUrl + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProxyException.internal("interrupted while calling the admin API", e);
        }
        if (r.statusCode() >= 400) {
            String message = r.body();
            try {
                message = JSON.readTree(r.body()).path("error").asText(r.body());
            } catch (JsonProcessingException e) {
                // not JSON: keep the raw body
            }
            if (r.statusCode() >= 500) {
                throw ProxyException.internal("the admin API failed: " + message, null);
            }
            throw ProxyException.badInput(message);
        }
        return r;
    }

    private static <T> T read(JsonNode node, Class<T> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw ProxyException.internal(
                    "cannot read the admin API's answer as " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
