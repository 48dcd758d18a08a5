package dev.carve.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.proxy.testing.Harness;
import dev.carve.proxy.testing.TestBackend;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebSocketIT {
    @TempDir
    Path dir;

    @Test
    void relaysAWebSocketUpgradeAndItsFramesBothWays() throws Exception {
        try (TestBackend ws = TestBackend.webSocketEcho();
                TestBackend other = TestBackend.start();
                CarveProxy proxy = CarveProxy.start(
                        Harness.config(ws, other)
                                .route("plain", "/plain", "next", Stage.NEW)
                                .build(),
                        dir)) {
            LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
            WebSocket socket = Harness.client()
                    .newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + proxy.port() + "/ws"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            received.add(data.toString());
                            webSocket.request(1);
                            return CompletableFuture.completedFuture(null);
                        }
                    })
                    .get(10, TimeUnit.SECONDS);
            for (int i = 0; i < 20; i++) {
                socket.sendText("hello " + i, true).get(5, TimeUnit.SECONDS);
                assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo("echo: hello " + i);
            }
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
            // plain HTTP through the same proxy still works after the tunnel
            assertThat(Harness.get(Harness.client(), proxy, "/plain").statusCode())
                    .isEqualTo(200);
        }
    }
}
