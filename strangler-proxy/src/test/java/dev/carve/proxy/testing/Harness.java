package dev.carve.proxy.testing;

import dev.carve.proxy.CarveProxy;
import dev.carve.proxy.config.ProxyConfigBuilder;
import dev.carve.proxy.config.ProxyConfigs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Shared set-up for proxy tests: a config in front of test backends, and an HTTP/1.1 client. */
public final class Harness {
    private Harness() {}

    /** A config on loopback with OS-chosen ports, an in-memory admin token, and backends legacy and next. */
    public static ProxyConfigBuilder config(TestBackend legacy, TestBackend target) {
        return ProxyConfigs.builder()
                .set("listen.host", "127.0.0.1")
                .listenPort(0)
                .adminPort(0)
                .set("admin.tokenFile", "")
                .set("reloadInterval", "0")
                .set("threads", 2)
                .backend("legacy", legacy.url())
                .backend("next", target.url());
    }

    public static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static HttpResponse<String> get(HttpClient client, CarveProxy proxy, String path) {
        return send(client, HttpRequest.newBuilder(uri(proxy, path)).GET().build());
    }

    public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static URI uri(CarveProxy proxy, String path) {
        return URI.create("http://127.0.0.1:" + proxy.port() + path);
    }
}
