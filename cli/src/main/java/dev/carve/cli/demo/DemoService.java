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
import dev.carve.proxy.AdminClient;
import dev.carve.proxy.CarveProxy;
import dev.carve.proxy.RouteStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Runs Carve's job on the sample monolith: trace the sample under its workload; analyze it and suggest boundaries;
 * write the reports; pick the first module of the extraction order that has HTTP reads and tables; put the strangler proxy in front
 * with that module's routes; drive the workload through the proxy with a live progress line; summarize. The steps
 * of the full demo whose pieces this build lacks are listed in {@link #MISSING}. Everything it starts is registered
 * in a {@link Cleanup}, which also runs on Ctrl-C.
 */
public final class DemoService {
    private static final String SAMPLE_PACKAGE = "com.acme.shop";

    private final DemoOptions options;
    private final PrintStream err;
    /**
     * Steps of the demo this build does not run yet; each is named in the output and the summary, and
     * takes its place in the flow once its piece lands.
     */
    static final List<String> MISSING = List.of(
            "extracting the module as a service (carve extract service): its routes stay on legacy, so the stages"
                    + " shadow -> canary -> new and the --chaos fault drill are not run",
            "the CDC sync into the new database and its verification: carve sync works on its own but is not"
                    + " wired into the demo yet, so no rows are synced or verified");

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

            phases.start("connect");
            say(3, "starting the strangler proxy in front of the monolith with the routes of '" + module.name() + "'");
            MISSING.forEach(m -> err.println("carve: not in this build: " + m));
            Path proxyConfig = ws.resolve("carve-proxy.yaml");
            String serviceUrl = "http://127.0.0.1:" + SampleRun.freePort();
            writeString(proxyConfig, routes.proxyYaml(legacy.url().toString(), serviceUrl));
            CarveProxy proxy = cleanup.add("the strangler proxy", CarveProxy.start(proxyConfig));
            URI proxyUrl = URI.create("http://127.0.0.1:" + proxy.port());
            err.println("carve: proxy on " + proxyUrl + " (admin " + proxy.adminUrl() + "), config " + proxyConfig);

            phases.start("traffic");
            say(
                    4,
                    "driving the workload through the proxy for "
                            + options.duration().toSeconds() + " s");
            WorkloadOutcome traffic = traffic(proxy.admin(), proxyUrl, routes, ws, cleanup);
            phases.end();

            RouteStatus read = proxy.admin().route(routes.readRoute());
            DemoSummary summary = new DemoSummary(
                    module.name(),
                    report.toString(),
                    traffic,
                    read.stage(),
                    MISSING,
                    null,
                    read.shadowCompared(),
                    read.shadowDiffered(),
                    phases.ordered());
            onSummary.accept(summary);
            if (options.keep()) {
                keepRunning(proxyUrl, proxy, legacy, proxyConfig);
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

    private WorkloadOutcome traffic(AdminClient admin, URI proxyUrl, DemoRoutes routes, Path ws, Cleanup cleanup) {
        try (LiveLine line = new LiveLine(admin, routes.readRoute(), OptionalLong::empty, err, options.interactive())) {
            live = line.start();
            return drive(proxyUrl, 0, options.duration(), ws, "workload-through-proxy", cleanup);
        } finally {
            live = null;
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

    private void keepRunning(URI proxyUrl, CarveProxy proxy, Legacy legacy, Path config) {
        err.println();
        err.println("carve: --keep: everything stays up until Ctrl-C");
        err.println("  proxy           " + proxyUrl + "   (e.g. curl " + proxyUrl + "/api/categories)");
        err.println("  proxy admin     " + proxy.adminUrl() + "   token " + proxy.adminToken());
        err.println("  proxy config    " + config);
        err.println("  monolith        " + legacy.url() + "   database " + legacy.jdbcUrl() + " (user postgres)");
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
        err.println("carve: [" + step + "/4] " + what);
    }

    private static void writeString(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw CarveException.internal("cannot write " + file, e);
        }
    }
}
