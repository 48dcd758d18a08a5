package dev.carve.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.proxy.testing.Harness;
import dev.carve.proxy.testing.TestBackend;
import io.netty.buffer.PooledByteBufAllocator;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100 MB chunked uploads and downloads pass through without being buffered: the pooled direct memory in use (by
 * the proxy and the test backend together, sampled throughout) stays far below the size of the body.
 */
class StreamingIT {
    static final long SIZE = 100L * 1024 * 1024;
    static final long MEMORY_CEILING = 48L * 1024 * 1024;

    static TestBackend legacy;
    static TestBackend next;
    static CarveProxy proxy;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        legacy = TestBackend.start();
        next = TestBackend.start();
        proxy = CarveProxy.start(
                Harness.config(legacy, next)
                        .set("limits.maxRequestBody", "1GiB")
                        .build(),
                dir);
    }

    @AfterAll
    static void stop() {
        proxy.close();
        legacy.close();
        next.close();
    }

    @Test
    void streamsA100MegabyteChunkedUploadWithoutBufferingIt() {
        MemoryWatch watch = MemoryWatch.begin();
        HttpResponse<String> r;
        try {
            r = Harness.send(
                    Harness.client(),
                    HttpRequest.newBuilder(Harness.uri(proxy, "/upload"))
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new TestBackend.PatternStream(SIZE)))
                            .build());
        } finally {
            watch.finish();
        }
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"bodyLength\":" + SIZE, "\"transfer-encoding\":\"chunked\"");
        assertThat(watch.peak()).as("peak pooled direct memory").isLessThan(MEMORY_CEILING);
    }

    @Test
    void streamsA100MegabyteChunkedDownloadWithoutBufferingIt() throws Exception {
        MemoryWatch watch = MemoryWatch.begin();
        long received = 0;
        boolean patternHolds = true;
        try {
            HttpResponse<InputStream> r = Harness.client()
                    .send(
                            HttpRequest.newBuilder(Harness.uri(proxy, "/bytes/" + SIZE))
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("transfer-encoding")).hasValue("chunked");
            byte[] buf = new byte[64 * 1024];
            try (InputStream in = r.body()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    for (int i = 0; i < n; i += 4099) {
                        patternHolds &= buf[i] == (byte) ((received + i) % 251);
                    }
                    received += n;
                }
            }
        } finally {
            watch.finish();
        }
        assertThat(received).isEqualTo(SIZE);
        assertThat(patternHolds).as("bytes arrive in order and unchanged").isTrue();
        assertThat(watch.peak()).as("peak pooled direct memory").isLessThan(MEMORY_CEILING);
    }

    @Test
    void aSlowReaderHoldsBackTheBackendInsteadOfFillingMemory() throws Exception {
        HttpClient client = Harness.client();
        MemoryWatch watch = MemoryWatch.begin();
        try {
            HttpResponse<InputStream> r = client.send(
                    HttpRequest.newBuilder(Harness.uri(proxy, "/bytes/" + SIZE)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                in.readNBytes(1024 * 1024); // read a little, then stop reading for a while
                // while the client reads nothing, memory must stay bounded: the backend is paused, not buffered
                org.awaitility.Awaitility.await()
                        .during(java.time.Duration.ofMillis(700))
                        .atMost(java.time.Duration.ofSeconds(3))
                        .until(() -> watch.peak() < MEMORY_CEILING);
                long rest = in.transferTo(java.io.OutputStream.nullOutputStream());
                assertThat(rest + 1024 * 1024).isEqualTo(SIZE);
            }
        } finally {
            watch.finish();
        }
    }

    /** Samples the pooled allocator's direct memory in use every few milliseconds. */
    static final class MemoryWatch extends Thread {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();

        static MemoryWatch begin() {
            MemoryWatch w = new MemoryWatch();
            w.setDaemon(true);
            w.start();
            return w;
        }

        @Override
        public void run() {
            while (running.get()) {
                peak.accumulateAndGet(PooledByteBufAllocator.DEFAULT.metric().usedDirectMemory(), Math::max);
                java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
            }
        }

        void finish() {
            running.set(false);
        }

        long peak() {
            return peak.get();
        }
    }
}
