package dev.carve.cli.demo;

import dev.carve.analyzer.Analysis;
import dev.carve.analyzer.AnalysisOptions;
import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.Progress;
import dev.carve.analyzer.cluster.BoundarySuggester;
import dev.carve.analyzer.cluster.Constraints;
import dev.carve.analyzer.cluster.SuggestOptions;
import dev.carve.analyzer.cluster.SuggestProfile;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.proposal.ExtractionStep;
import dev.carve.analyzer.proposal.Module;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.analyzer.proposal.ProposalJson;
import dev.carve.analyzer.runtime.RuntimeImport;
import dev.carve.cli.trace.AgentJar;
import dev.carve.cli.trace.SampleRun;
import dev.carve.extractor.cdc.VerifyReport;
import dev.carve.proxy.AdminClient;
import dev.carve.proxy.CarveProxy;
import dev.carve.proxy.RouteStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Runs Carve's job on the sample monolith: trace the sample under its workload; analyze it, suggest boundaries and
 * write the reports; extract the first module of the extraction order that has HTTP reads and tables as a service
 * with its own database; sync the module's tables both ways and put the strangler proxy in front; drive the workload
 * through the proxy while the module's routes move shadow → canary → new (with {@code chaos}, the service is killed
 * mid-canary); verify the data and summarize. Everything it starts is registered in a {@link Cleanup}, which also
 * runs on Ctrl-C.
 */
public final class DemoService {
    private static final String SAMPLE_PACKAGE = "com.acme.shop";
    private static final int STEPS = 6;

    private final DemoOptions options;
    private final PrintStream err;
    /**
     * Steps of the demo this build does not run as they will be; each is named in the output and the
     * summary, and takes its place in the flow once its piece lands.
     */
    static final List<String> MISSING = List.of(
            "extracting the module as a service: carve extract service is not in this build, so the new side is a"
                    + " second instance of the sample's own jar on the new database (traffic, sync both ways and"
                    + " verification are real; the code serving the module's routes is not extracted)");

    private final PhaseTimes phases = new PhaseTimes();
    private volatile LiveLine live;

    public DemoService(DemoOptions options, PrintStream err) {
        this.options = options;
        this.err = err;
    }

    /** Runs the demo and returns its summary; with {@code keep}, waits for Ctrl-C after {@code onSummary}. */
    public DemoSummary run(java.util.function.Consumer<DemoSummary> onSummary) {
        Path ws = prepareWorkspace();
        try (Cleanup cleanup = new Cleanup(err).onShutdown()) {
            phases.start("trace");
            say(1, "starting the sample monolith with the Carve agent and recording traces under its workload");
            Path traces = ws.resolve("carve-traces.jsonl");
            Legacy legacy = startLegacy(ws, traces, cleanup);
            WorkloadOutcome traced = drive(legacy.url(), options.traceRequests(), null, ws, "workload-trace", cleanup);
            if (!traced.ran() || traced.errors() > 0) {
                throw CarveException.internal(
                        "the workload against the sample failed (" + traced.failure() + traced.firstErrors() + "); see "
                                + ws.resolve("workload-trace.out") + " and "
                                + legacy.app().log(),
                        null);
            }
            TraceFiles.awaitQuiet(traces, legacy.app().process());

            phases.start("analyze");
            say(2, "analyzing the sample (sources + traces) and suggesting boundaries");
            Proposal proposal = suggest(traces, ws);
            Module module = pick(proposal);
            Path report = ReportStep.write(proposal, ws.resolve("report"));
            err.println("carve: proposal " + ws.resolve(ProposalJson.FILE_NAME) + "; report " + report);
            err.println("carve: module '" + module.name() + "' is first in the extraction order that can move"
                    + (options.module() != null ? " (chosen with --module)" : ""));
            DemoRoutes routes = DemoRoutes.of(module);

            phases.start("extract");
            say(3, "extracting '" + module.name() + "' as a service with its own embedded PostgreSQL");
            Path dbDir = ws.resolve("service-db");
            cleanup.add("the service's database files", new DatabaseDir("the service's database", dbDir));
            ServiceDatabase db = cleanup.add("the service's database", ServiceDatabase.start(dbDir));
            MISSING.forEach(m -> err.println("carve: not in this build: " + m));
            NewService service =
                    cleanup.add("the extracted service", ServiceStep.start(options, module, ws, db.jdbcUrl()));
            err.println(
                    "carve: service on " + service.baseUrl() + ", its database " + db.jdbcUrl() + " (user postgres)");

            phases.start("connect");
            say(4, "syncing the module's tables both ways and starting the strangler proxy in front of the monolith");
            db.emptyTables(DataSync.tables(module));
            DataSync sync = DataSync.start(legacy.jdbcUrl(), db.jdbcUrl(), module, ws, cleanup);
            VerifyReport copied = sync.awaitInitialCopy();
            if (!copied.clean()) {
                throw CarveException.internal(
                        "the sync's snapshot did not converge: " + copied.missing() + " missing, "
                                + copied.extra() + " extra, " + copied.different()
                                + " different rows; see carve sync verify"
                                + " --config " + ws.resolve("carve-sync.yaml"),
                        null);
            }
            List<String> moved = KeyRanges.moveToNewSideRange(db.jdbcUrl(), sync.tables());
            err.println("carve: sync " + sync.tables() + " copied ("
                    + copied.tables().stream()
                            .mapToLong(VerifyReport.TableResult::sourceRows)
                            .sum() + " rows); the service's keys start at "
                    + KeyRanges.NEW_SIDE_FIRST_KEY + " (" + String.join(", ", moved) + ")");
            Path proxyConfig = ws.resolve("carve-proxy.yaml");
            writeString(
                    proxyConfig,
                    routes.proxyYaml(legacy.url().toString(), service.baseUrl().toString()));
            CarveProxy proxy = cleanup.add("the strangler proxy", CarveProxy.start(proxyConfig));
            URI proxyUrl = URI.create("http://127.0.0.1:" + proxy.port());
            err.println("carve: proxy on " + proxyUrl + " (admin " + proxy.adminUrl() + "), config " + proxyConfig);

            phases.start("traffic");
            say(
                    5,
                    "driving the workload through the proxy for "
                            + options.duration().toSeconds()
                            + " s while the routes move shadow -> canary 10% -> 50% -> new"
                            + (options.chaos() ? " (chaos: the service is killed mid-canary)" : ""));
            Traffic traffic = traffic(proxy.admin(), proxyUrl, routes, sync, service, ws, cleanup);

            phases.start("verify");
            say(6, "verifying the module's tables row by row (carve sync verify)");
            DemoSummary.DataCheck data = sync.verify(KeyRanges.rowsFromNewSide(legacy.jdbcUrl(), sync.tables()));
            phases.end();

            RouteStatus read = traffic.shift().routes().get(routes.readRoute());
            Map<String, String> ended = new LinkedHashMap<>();
            traffic.shift().routes().forEach((r, s) -> ended.put(r, TrafficShift.stage(s.stage(), s.percent())));
            DemoSummary summary = new DemoSummary(
                    module.name(),
                    report.toString(),
                    traffic.workload(),
                    ended,
                    traffic.shift().rollbacks(),
                    options.chaos()
                            ? new DemoSummary.Chaos(true, traffic.shift().killedAtMillis() / 1000)
                            : DemoSummary.Chaos.NONE,
                    data,
                    read.shadowCompared(),
                    read.shadowDiffered(),
                    phases.ordered(),
                    MISSING);
            onSummary.accept(summary);
            if (options.keep()) {
                keepRunning(proxyUrl, proxy, legacy, service, db, ws);
            }
            err.println("carve: stopping everything the demo started");
            return summary;
        }
    }

    private record Legacy(SampleRun.Running app, URI url, String jdbcUrl) {}

    private Legacy startLegacy(Path ws, Path traces, Cleanup cleanup) {
        int dbPort = SampleRun.freePort();
        Path dbDir = ws.resolve("legacy-db");
        cleanup.add("the monolith's database", new DatabaseDir("the monolith's database", dbDir));
        Path agent = AgentJar.extract(ws);
        String javaagent = "-javaagent:" + agent + "=out=" + traces + ",include=" + SAMPLE_PACKAGE + ",flush=1";
        SampleRun sample = new SampleRun(options.sampleJar(), options.workloadJar(), ws, err);
        SampleRun.Running app = cleanup.add(
                "the sample monolith",
                sample.start(
                        List.of(javaagent, "-Xmx512m", "-Djava.io.tmpdir=" + tmp(ws)),
                        List.of("--sample.db.port=" + dbPort, "--sample.db.dir=" + dbDir)));
        URI url = URI.create("http://127.0.0.1:" + app.port());
        String jdbc = "jdbc:postgresql://localhost:" + dbPort + "/postgres";
        err.println("carve: sample monolith on " + url + ", its database " + jdbc + " (user postgres)");
        return new Legacy(app, url, jdbc);
    }

    private WorkloadOutcome drive(
            URI url, long requests, java.time.Duration duration, Path ws, String name, Cleanup cleanup) {
        WorkloadRun run = cleanup.add(
                "the workload driver",
                WorkloadRun.start(
                        options.workloadJar(),
                        url,
                        requests,
                        duration,
                        options.concurrency(),
                        options.seed(),
                        ws,
                        name));
        return run.await();
    }

    private Proposal suggest(Path traces, Path ws) {
        Path source = options.sampleSources();
        CodeGraph graph = new Analysis(
                        AnalysisOptions.defaults(),
                        List.of(),
                        List.of(RuntimeImport.withAllFormats().contributor(List.of(traces))))
                .analyze(source, Progress.NONE)
                .graph();
        SuggestOptions suggest =
                new SuggestOptions(SuggestProfile.defaults(), "default", 0, Constraints.NONE, source.toString());
        Proposal proposal = new BoundarySuggester("Carve demo").suggest(graph, suggest, Progress.NONE);
        ProposalJson.write(proposal, ws.resolve(ProposalJson.FILE_NAME));
        return proposal;
    }

    /** The module asked for, or the first in the extraction order with HTTP reads to move and tables to sync. */
    private Module pick(Proposal proposal) {
        if (options.module() != null) {
            return proposal.module(options.module())
                    .orElseThrow(() -> CarveException.badInput("--module " + options.module()
                            + ": the proposal has no such module; it has "
                            + proposal.modules().stream().map(Module::name).collect(Collectors.joining(", "))));
        }
        for (ExtractionStep step : proposal.extractionOrder()) {
            Module m = proposal.module(step.module()).orElse(null);
            if (m != null && DemoRoutes.movable(m) && !m.ownedTables().isEmpty()) {
                return m;
            }
        }
        throw CarveException.internal(
                "no module in the extraction order has HTTP reads and tables of its own to move", null);
    }

    private record Traffic(WorkloadOutcome workload, TrafficShift.Result shift) {}

    /** The workload through the proxy, and meanwhile the stage schedule on a thread of its own. */
    private Traffic traffic(
            AdminClient admin,
            URI proxyUrl,
            DemoRoutes routes,
            DataSync sync,
            NewService service,
            Path ws,
            Cleanup cleanup) {
        List<String> names = routes.writeEndpoints().isEmpty()
                ? List.of(routes.readRoute())
                : List.of(routes.readRoute(), routes.writeRoute());
        ExecutorService schedule = Executors.newSingleThreadExecutor(r -> new Thread(r, "carve-demo-stages"));
        try (LiveLine line = new LiveLine(admin, routes.readRoute(), sync::lagMillis, err, options.interactive())) {
            live = line.start();
            TrafficShift shift = new TrafficShift(
                    admin, names, options.duration().toMillis(), options.chaos() ? service::kill : null, this::note);
            Future<TrafficShift.Result> moved = schedule.submit(shift::run);
            WorkloadOutcome workload = drive(proxyUrl, 0, options.duration(), ws, "workload-through-proxy", cleanup);
            shift.stop();
            return new Traffic(workload, moved.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CarveException.internal("interrupted while the traffic moved", e);
        } catch (ExecutionException e) {
            throw CarveException.internal(
                    "moving the routes failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            live = null;
            schedule.shutdownNow();
        }
    }

    private void note(String message) {
        LiveLine l = live;
        if (l != null) {
            l.note(message);
        } else {
            err.println(message);
        }
    }

    private void keepRunning(
            URI proxyUrl, CarveProxy proxy, Legacy legacy, NewService service, ServiceDatabase db, Path ws) {
        err.println();
        err.println("carve: --keep: everything stays up until Ctrl-C");
        err.println("  proxy           " + proxyUrl + "   (e.g. curl " + proxyUrl + "/api/categories)");
        err.println("  proxy admin     " + proxy.adminUrl() + "   token " + proxy.adminToken());
        err.println("  proxy config    " + ws.resolve("carve-proxy.yaml") + "   (carve proxy status --config ...)");
        err.println("  monolith        " + legacy.url() + "   database " + legacy.jdbcUrl() + " (user postgres)");
        err.println("  service         " + service.baseUrl() + "   database " + db.jdbcUrl() + " (user postgres)");
        err.println(
                "  sync config     " + ws.resolve("carve-sync.yaml") + "   (carve sync status|verify --config ...)");
        try {
            proxy.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path prepareWorkspace() {
        Path ws = options.workspace();
        try {
            Files.createDirectories(tmp(ws));
            Files.deleteIfExists(ws.resolve("carve-traces.jsonl"));
            return ws;
        } catch (IOException e) {
            throw CarveException.badInput(
                    "cannot use " + ws + " as the demo's workspace (" + e.getMessage() + "); pass another with"
                            + " --workspace",
                    e);
        }
    }

    private static Path tmp(Path ws) {
        return ws.resolve("tmp");
    }

    private void say(int step, String what) {
        err.println("carve: [" + step + "/" + STEPS + "] " + what);
    }

    private static void writeString(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw CarveException.internal("cannot write " + file, e);
        }
    }
}
