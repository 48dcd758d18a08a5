package dev.carve.proxy.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the shadow mirror's thread at the lowest CPU priority (nice 19) on Linux, so that under CPU contention the
 * kernel serves the client-facing event loops first: the mirror then falls behind, its bounded queue overflows and
 * mirrored requests are dropped (and counted) instead of taking CPU from clients. On an idle machine nice changes
 * nothing. Java cannot set a thread's nice value itself (thread priorities are ignored on Linux without root), so
 * this asks {@code renice} for the calling thread's id, which Linux allows any process for its own threads
 * (setpriority(2) acts on one thread). {@code -Dcarve.proxy.mirrorNice=false} turns it off.
 */
final class BackgroundPriority {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);
    static final boolean ENABLED = !"false".equals(System.getProperty("carve.proxy.mirrorNice"));

    private BackgroundPriority() {}

    /** Lowers the calling thread's priority; returns whether it worked (false off Linux or without renice). */
    static boolean lowerCurrentThread() {
        if (!ENABLED) {
            return false;
        }
        Path self = Path.of("/proc/thread-self");
        if (!Files.isSymbolicLink(self)) {
            return false;
        }
        try {
            String tid = Files.readSymbolicLink(self).getFileName().toString(); // "<pid>/task/<tid>"
            Process p = new ProcessBuilder("renice", "-n", "19", "-p", tid)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            boolean ok = p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
            if (!ok) {
                p.destroy();
                LOG.info("the shadow mirror runs at normal CPU priority (renice failed)");
            }
            return ok;
        } catch (IOException e) {
            LOG.info("the shadow mirror runs at normal CPU priority (no renice: {})", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
