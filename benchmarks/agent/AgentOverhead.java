import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agent overhead benchmark (not a test): the sample monolith without and with the agent, in the same run, each
 * warmed up by its workload driver, then measured under the same closed-loop read mix (same seed, same clients,
 * same duration). Prints one Markdown table. Usage:
 * java AgentOverhead.java APP_JAR WORKLOAD_JAR AGENT_JAR WORKDIR [SECONDS] [CLIENTS] [ROUNDS]
 */
public class AgentOverhead {
    record Measure(double rps, double p50, double p99, long requests, long errors, long liveHeapBytes) {}

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args[0]);
        Path workload = Path.of(args[1]);
        Path agent = Path.of(args[2]);
        Path work = Path.of(args[3]);
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        int clients = args.length > 5 ? Integer.parseInt(args[5]) : 8;
        int rounds = args.length > 6 ? Integer.parseInt(args[6]) : 2;
        Files.createDirectories(work);
        Path traces = work.resolve("bench-traces.jsonl");
        Files.deleteIfExists(traces);
        String agentOption = "-javaagent:" + agent.toAbsolutePath() + "=out=" + traces + ",include=com.acme.shop";
        List<Measure> base = new ArrayList<>();
        List<Measure> withAgent = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            base.add(run(app, workload, work, "", seconds, clients));
            withAgent.add(run(app, workload, work, agentOption, seconds, clients));
        }
        Measure b = best(base);
        Measure a = best(withAgent);
        System.out.println("| measure | without agent | with agent | ratio | target |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf("| throughput (req/s) | %.0f | %.0f | %.3f | loss ≤ 10 %% |%n", b.rps, a.rps, a.rps / b.rps);
        System.out.printf("| p50 latency (ms) | %.2f | %.2f | %.3f | — |%n", b.p50, a.p50, a.p50 / b.p50);
        System.out.printf("| p99 latency (ms) | %.2f | %.2f | %.3f | increase ≤ 15 %% |%n", b.p99, a.p99, a.p99 / b.p99);
        System.out.printf(
                "| live heap after full GC (MB) | %.1f | %.1f | +%.1f MB (agent) | agent ≤ 64 MB |%n",
                b.liveHeapBytes / 1e6, a.liveHeapBytes / 1e6, (a.liveHeapBytes - b.liveHeapBytes) / 1e6);
        System.out.printf(
                "| requests measured (errors) | %d (%d) | %d (%d) | | |%n", b.requests, b.errors, a.requests, a.errors);
        System.out.printf(
                "%nPer round (req/s, p99 ms): without %s; with %s. Best round of %d shown (median-free: 2 cores"
                        + " are noisy). Traces written: %d lines.%n",
                summary(base), summary(withAgent), rounds, Files.readAllLines(traces).size());
    }

    private static String summary(List<Measure> ms) {
        return ms.stream().map(m -> String.format("%.0f/%.1f", m.rps, m.p99)).toList().toString();
    }

    private static Measure best(List<Measure> ms) {
        return ms.stream().max((x, y) -> Double.compare(x.rps, y.rps)).orElseThrow();
    }

    private static Measure run(Path app, Path workload, Path work, String agent, int seconds, int clients)
            throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx1g"));
        if (!agent.isEmpty()) {
            cmd.add(agent);
        }
        cmd.addAll(List.of("-jar", app.toString(), "--server.port=" + port, "--logging.level.root=WARN"));
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(agent.isEmpty() ? "app-baseline.log" : "app-agent.log").toFile())
                .start();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        try {
            awaitReady(http, base, p);
            Process warm = new ProcessBuilder(java(), "-jar", workload.toString(), "--base-url", base, "--requests",
                            "3000", "--concurrency", Integer.toString(clients), "--seed", "42", "--quiet")
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("warmup.out").toFile())
                    .start();
            warm.waitFor(10, TimeUnit.MINUTES);
            List<String> paths = readPaths(http, base);
            Measure m = load(http, base, paths, seconds, clients);
            long heap = liveHeap(p.pid());
            return new Measure(m.rps, m.p50, m.p99, m.requests, m.errors, heap);
        } finally {
            p.destroy();
            p.waitFor(60, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }

    /** A fixed read mix over ids the running shop actually has. */
    private static List<String> readPaths(HttpClient http, String base) throws Exception {
        List<String> paths = new ArrayList<>(List.of(
                "/api/products", "/api/categories", "/api/reports/dashboard", "/api/promotions", "/api/warehouses"));
        for (String[] list : new String[][] {
            {"/api/products", "/api/products/%s", "/api/prices/%s", "/api/inventory/%s"},
            {"/api/customers", "/api/customers/%s", "/api/customers/%s/addresses"},
            {"/api/orders", "/api/orders/%s", "/api/orders/%s/history"}
        }) {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + list[0])).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher ids = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(body);
            for (int n = 0; n < 10 && ids.find(); n++) {
                for (int i = 1; i < list.length; i++) {
                    paths.add(String.format(list[i], ids.group(1)));
                }
            }
        }
        return paths;
    }

    private static Measure load(HttpClient http, String base, List<String> paths, int seconds, int clients)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                Random random = new Random(42 + client);
                long[] lat = new long[1 << 20];
                int n = 0;
                long errors = 0;
                while (System.nanoTime() < end && n < lat.length - 1) {
                    String path = paths.get(random.nextInt(paths.size()));
                    long t0 = System.nanoTime();
                    HttpResponse<Void> r = http.send(
                            HttpRequest.newBuilder(URI.create(base + path)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    lat[n++] = System.nanoTime() - t0;
                    errors += r.statusCode() >= 400 ? 1 : 0;
                }
                long[] out = Arrays.copyOf(lat, n + 1);
                out[n] = errors;
                return out;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> f : results) {
            long[] r = f.get();
            for (int i = 0; i < r.length - 1; i++) {
                all.add(r[i]);
            }
            errors += r[r.length - 1];
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Measure(
                sorted.length / (double) seconds,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted.length,
                errors,
                0);
    }

    /** Live bytes after a full GC, from jcmd's class histogram (which collects first). */
    private static long liveHeap(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        Matcher total = Pattern.compile("Total\\s+\\d+\\s+(\\d+)").matcher(out);
        return total.find() ? Long.parseLong(total.group(1)) : -1;
    }

    private static void awaitReady(HttpClient http, String base, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/api/categories")).build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        < 500) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the sample did not start; see the app log in the work dir");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
