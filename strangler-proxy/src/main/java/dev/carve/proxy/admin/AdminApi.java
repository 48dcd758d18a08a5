package dev.carve.proxy.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carve.proxy.ProxyException;
import dev.carve.proxy.Stage;
import dev.carve.proxy.metrics.PrometheusText;
import dev.carve.proxy.route.RouteRuntime;
import dev.carve.proxy.route.Routing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * The admin endpoints, independent of the HTTP server: each parses its input, calls one method of
 * {@link Routing} or {@link ProxyControl}, and renders JSON.
 */
public final class AdminApi {
    static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Routing routing;
    private final ProxyControl control;
    private final byte[] token;

    public AdminApi(Routing routing, ProxyControl control, String token) {
        this.routing = routing;
        this.control = control;
        this.token = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    AdminResponse handle(String method, String path, String authorization, byte[] body) {
        try {
            if (path.equals("/health/live") || path.equals("/health")) {
                return json(200, Map.of("status", "up"));
            }
            if (path.equals("/health/ready")) {
                boolean ready = control.ready();
                return json(ready ? 200 : 503, Map.of("status", ready ? "ready" : "draining"));
            }
            if (authorization == null
                    || !MessageDigest.isEqual(token, authorization.trim().getBytes(StandardCharsets.UTF_8))) {
                return error(
                        401,
                        "missing or wrong bearer token: send 'Authorization: Bearer <token>' with the token"
                                + " from admin.tokenFile");
            }
            return route(method, path, body);
        } catch (ProxyException e) {
            int status = e.getMessage().startsWith("no route named") ? 404 : e.isBadInput() ? 400 : 500;
            return error(status, e.getMessage());
        } catch (JsonProcessingException e) {
            return error(400, "the request body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            return error(400, "the request body cannot be read: " + e.getMessage());
        }
    }

    private AdminResponse route(String method, String path, byte[] body) throws java.io.IOException {
        boolean get = method.equals("GET");
        boolean post = method.equals("POST");
        if (path.equals("/metrics") && get) {
            return AdminResponse.text(200, PrometheusText.CONTENT_TYPE, control.metrics());
        }
        if (path.equals("/status") && get) {
            return json(200, control.status());
        }
        if (path.equals("/reload") && post) {
            return json(200, Map.of("reload", control.reload()));
        }
        if (path.equals("/routes") && get) {
            return json(200, control.status().routes());
        }
        if (path.startsWith("/routes/")) {
            String[] parts = path.substring("/routes/".length()).split("/");
            String name = java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            String action = parts.length > 1 ? parts[1] : "";
            JsonNode in = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
            if (!in.isObject()) {
                throw ProxyException.badInput("the request body must be a JSON object");
            }
            switch (action) {
                case "" -> {
                    if (get) {
                        return json(200, status(name));
                    }
                }
                case "diffs" -> {
                    if (get) {
                        RouteRuntime r = routing.route(name);
                        return json(200, r.diffs().snapshot(r.noise()));
                    }
                }
                case "promote" -> {
                    if (post) {
                        routing.promote(name, stage(in), percent(in), text(in, "reason"));
                        return json(200, status(name));
                    }
                }
                case "demote" -> {
                    if (post) {
                        routing.demote(name, stage(in), text(in, "reason"));
                        return json(200, status(name));
                    }
                }
                case "pause" -> {
                    if (post) {
                        routing.pause(name, text(in, "reason"));
                        return json(200, status(name));
                    }
                }
                case "resume" -> {
                    if (post) {
                        routing.resume(name);
                        return json(200, status(name));
                    }
                }
                default -> {
                    return error(
                            404, "no endpoint " + path + "; route actions are promote, demote, pause, resume, diffs");
                }
            }
            return error(405, method + " is not allowed on " + path);
        }
        return error(
                404,
                "no endpoint " + method + " " + path
                        + "; see docs/proxy.md (status, routes, routes/<name>/promote|demote|pause|resume|diffs, reload, metrics, health)");
    }

    private Object status(String name) {
        routing.route(name);
        return control.status().routes().stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Stage stage(JsonNode in) {
        String s = text(in, "stage");
        if (s == null) {
            return null;
        }
        try {
            return Stage.of(s);
        } catch (IllegalArgumentException e) {
            throw ProxyException.badInput(e.getMessage());
        }
    }

    private static Double percent(JsonNode in) {
        JsonNode p = in.get("percent");
        if (p == null || p.isNull()) {
            return null;
        }
        if (!p.isNumber()) {
            throw ProxyException.badInput("percent must be a number between 0 and 100");
        }
        return p.asDouble();
    }

    private static String text(JsonNode in, String key) {
        JsonNode v = in.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static AdminResponse json(int status, Object value) throws JsonProcessingException {
        return AdminResponse.json(status, JSON.writeValueAsBytes(value));
    }

    private static AdminResponse error(int status, String message) {
        ObjectNode n = JSON.createObjectNode().put("error", message);
        try {
            return AdminResponse.json(status, JSON.writeValueAsBytes(n));
        } catch (JsonProcessingException e) {
            return AdminResponse.text(status, "text/plain", message);
        }
    }
}
