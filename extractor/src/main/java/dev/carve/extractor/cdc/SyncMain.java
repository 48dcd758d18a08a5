package dev.carve.extractor.cdc;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs one sync in its own JVM until stdin closes, the sync fails, or the process is killed: the unit the crash test
 * and the benchmark kill with SIGKILL. Prints {@code started} once the engine runs; exits 1 if the sync failed, so a
 * parent never waits on a process whose engine is gone.
 */
public final class SyncMain {
    private SyncMain() {}

    public static void main(String[] args) throws InterruptedException {
        SyncConfig config = SyncConfig.load(Path.of(args[0]));
        SyncHandle handle = SyncService.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(handle::close, "carve-sync-shutdown"));
        Thread stdin = new Thread(
                () -> {
                    try {
                        while (System.in.read() >= 0) {
                            // wait for the parent to close stdin (or kill us)
                        }
                    } catch (IOException ignored) {
                        // a broken stdin means the parent is gone: stop like on end of input
                    }
                    handle.close();
                },
                "carve-sync-stdin");
        stdin.setDaemon(true);
        stdin.start();
        System.out.println("started");
        System.out.flush();
        SyncStatus last = handle.awaitStop(Duration.ofDays(365_000));
        handle.close();
        if (last.state() == SyncStatus.State.FAILED) {
            System.err.println("carve sync failed: " + last.lastError());
            System.exit(1);
        }
    }
}
