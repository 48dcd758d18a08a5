package dev.carve.extractor.cdc;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs one sync in its own JVM until stdin closes or the process is killed: the unit the crash test and the
 * benchmark kill with SIGKILL. Prints {@code started} once the engine runs.
 */
public final class SyncMain {
    private SyncMain() {}

    public static void main(String[] args) throws IOException {
        SyncConfig config = SyncConfig.load(Path.of(args[0]));
        SyncHandle handle = SyncService.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(handle::close, "carve-sync-shutdown"));
        System.out.println("started");
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to close stdin (or kill us)
        }
        handle.close();
    }
}
