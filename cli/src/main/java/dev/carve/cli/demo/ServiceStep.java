package dev.carve.cli.demo;

import dev.carve.analyzer.proposal.Module;
import dev.carve.cli.trace.SampleRun;
import java.nio.file.Path;
import java.util.List;

/**
 * Step 3, the new side: until {@code carve extract service} is in this build, the process that serves the module's
 * routes on the new database is a second instance of the sample's own jar, started against that database (its
 * Flyway migrations create the schema there; its scheduled jobs are off, so only requests write). The proxy, the
 * sync both ways and the verification treat it exactly as they will treat the extracted service: another process,
 * another database. {@link DemoService#MISSING} says so in the output and the summary.
 */
final class ServiceStep {
    private ServiceStep() {}

    static NewService start(DemoOptions options, Module module, Path ws, String serviceJdbc) {
        int port = SampleRun.freePort();
        List<String> command = List.of(
                SampleRun.java(),
                "-Xmx384m",
                "-Djava.io.tmpdir=" + ws.resolve("tmp"),
                "-jar",
                options.sampleJar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + serviceJdbc,
                "--spring.datasource.username=postgres",
                "--shop.jobs.reservation-expiry.cron=-",
                "--shop.jobs.notification-dispatch.cron=-",
                "--shop.jobs.sales-snapshot.cron=-",
                "--shop.jobs.promotion-expiry.cron=-");
        return NewService.start(command, ws, ws.resolve("service-" + module.name() + ".log"), port, "/api/categories");
    }
}
