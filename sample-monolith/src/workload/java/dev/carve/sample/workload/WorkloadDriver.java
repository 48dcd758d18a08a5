package dev.carve.sample.workload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Drives the sample shop's HTTP API like its users would, for a number of requests or a time, with concurrent
 * clients. A run first reads the shop's reference data, then sends one request to every endpoint in turn (so even
 * short runs cover the whole API), then lets the clients loose on a weighted, seeded mix in which reads dominate
 * and writes create what later requests read. Usable as a library ({@link #run}) and from the command line.
 */
public final class WorkloadDriver {

    private WorkloadDriver() {}

    public static void main(String[] args) {
        WorkloadConfig config;
        try {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                System.out.println(WorkloadConfig.USAGE);
                return;
            }
            config = WorkloadConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("workload: " + e.getMessage());
            System.err.println(WorkloadConfig.USAGE);
            System.exit(2);
            return;
        }
        try {
            WorkloadResult result = run(config);
            System.out.print(result.report(config.baseUrl().toString(), config.concurrency()));
            System.exit(result.ok() ? 0 : 1);
        } catch (WorkloadException e) {
            System.err.println("workload: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs the workload and returns what happened; throws WorkloadException when the shop cannot be driven at all. */
    public static WorkloadResult run(WorkloadConfig config) {
        long start = System.nanoTime();
        ShopClient client = new ShopClient(config, start);
        ShopState state =
                new ShopState(Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36)
                        .toUpperCase());
        ShopScenario scenario = new ShopScenario(client, state);
        config.log()
                .accept("workload: driving " + config.baseUrl() + " with " + config.concurrency() + " clients ("
                        + (config.requests() > 0 ? config.requests() + " requests" : "no request limit")
                        + (config.duration() != null
                                ? ", at most " + config.duration().toSeconds() + " s"
                                : "") + ")");
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(daemon("workload-progress"));
        progress.scheduleAtFixedRate(
                () -> config.log()
                        .accept("workload: " + client.requests() + " requests, " + client.errors() + " errors"),
                5,
                5,
                TimeUnit.SECONDS);
        try {
            try {
                try {
                    scenario.bootstrap();
                } catch (WorkloadException e) {
                    List<String> errors = client.errorSamples();
                    throw new WorkloadException(
                            "cannot drive " + config.baseUrl() + ": "
                                    + (errors.isEmpty() ? e.getMessage() : errors.get(0)),
                            e);
                }
                Random random = new Random(config.seed());
                for (Operation operation : Operation.values()) {
                    scenario.run(operation, random);
                }
            } catch (ShopClient.BudgetSpent e) {
                return result(client, start);
            }
            if (client.requests() > 0 && client.errors() == client.requests()) {
                throw new WorkloadException(
                        "every request to " + config.baseUrl() + " failed: "
                                + client.errorSamples().get(0),
                        null);
            }
            runClients(config, scenario);
            return result(client, start);
        } finally {
            progress.shutdownNow();
        }
    }

    private static void runClients(WorkloadConfig config, ShopScenario scenario) {
        ExecutorService clients = Executors.newFixedThreadPool(config.concurrency(), daemon("workload-client"));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < config.concurrency(); i++) {
                Random random = new Random(config.seed() * 31 + i + 1);
                running.add(clients.submit(() -> {
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            scenario.run(Operation.pick(random), random);
                        }
                    } catch (ShopClient.BudgetSpent e) {
                        // this client is done
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a workload client failed", e.getCause());
        } finally {
            clients.shutdownNow();
        }
    }

    private static WorkloadResult result(ShopClient client, long start) {
        return new WorkloadResult(
                client.requests(),
                client.errors(),
                Duration.ofNanos(System.nanoTime() - start),
                client.endpointStats(),
                client.errorSamples());
    }

    /** Daemon threads named {@code name-1}, {@code name-2}, ...: the client threads' names identify the clients. */
    private static java.util.concurrent.ThreadFactory daemon(String name) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
