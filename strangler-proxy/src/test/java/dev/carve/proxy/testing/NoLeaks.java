package dev.carve.proxy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class when Netty's leak detector reported a leak during it. Leaks are found when a leaked buffer is
 * garbage collected and another buffer is allocated, so this collects garbage and allocates a few times first.
 * Registered for every test class through the service loader (junit-platform.properties enables autodetection).
 */
public final class NoLeaks implements AfterAllCallback {
    @Override
    public void afterAll(ExtensionContext context) {
        for (int i = 0; i < 3; i++) {
            System.gc();
            for (int j = 0; j < 64; j++) {
                ByteBuf b = PooledByteBufAllocator.DEFAULT.directBuffer(64);
                b.release();
            }
        }
        try {
            assertThat(RecordingLeakDetector.LEAKS)
                    .as("buffer leaks reported by Netty's leak detector")
                    .isEmpty();
        } finally {
            RecordingLeakDetector.LEAKS.clear();
        }
    }
}
