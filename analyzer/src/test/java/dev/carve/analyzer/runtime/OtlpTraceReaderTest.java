package dev.carve.analyzer.runtime;

import static dev.carve.analyzer.runtime.AgentTraceReaderTest.context;
import static dev.carve.analyzer.runtime.AgentTraceReaderTest.volume;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.EntryPointKind;
import dev.carve.analyzer.model.ProblemKind;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.logging.otlp.OtlpJsonLoggingSpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance 3: an OTLP JSON export written by the real OpenTelemetry SDK and its OTLP JSON exporter imports. */
class OtlpTraceReaderTest {
    private static final String WEB = "com.acme.web.OwnerController";
    private static final String SERVICE = "com.acme.owner.OwnerService";
    private static final String LISTENER = "com.acme.billing.OrderListener";

    @TempDir
    static Path tmp;

    private static Path export;
    private final OtlpTraceReader reader = new OtlpTraceReader();

    @BeforeAll
    static void recordWithTheOpenTelemetrySdk() throws IOException {
        SharedData.createTmpdir();
        export = tmp.resolve("otlp-traces.jsonl");
        Logger exporterLog = Logger.getLogger(OtlpJsonLoggingSpanExporter.class.getName());
        Handler toFile = new LinesToFile(export);
        exporterLog.addHandler(toFile);
        exporterLog.setUseParentHandlers(false);
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(OtlpJsonLoggingSpanExporter.create()))
                .build();
        try {
            Tracer tracer = provider.get("dev.carve.test");
            for (int i = 0; i < 3; i++) {
                ownerRequest(tracer);
            }
            orderMessage(tracer);
            provider.forceFlush().join(10, TimeUnit.SECONDS);
        } finally {
            provider.shutdown().join(10, TimeUnit.SECONDS);
            exporterLog.removeHandler(toFile);
        }
    }

    /** GET /owners/{id}: controller → service → one SQL query, as auto-instrumentation would record it. */
    private static void ownerRequest(Tracer tracer) {
        Span root = tracer.spanBuilder("GET /owners/{id}")
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("http.request.method", "GET")
                .setAttribute("http.route", "/owners/{id}")
                .setAttribute("code.namespace", WEB)
                .setAttribute("code.function", "show")
                .startSpan();
        try (Scope r = root.makeCurrent()) {
            Span service = tracer.spanBuilder("OwnerService.find")
                    .setAttribute("code.namespace", SERVICE)
                    .setAttribute("code.function", "find")
                    .startSpan();
            try (Scope s = service.makeCurrent()) {
                tracer.spanBuilder("SELECT owners")
                        .setSpanKind(SpanKind.CLIENT)
                        .setAttribute("db.system", "postgresql")
                        .setAttribute(
                                "db.statement",
                                "select o.id, o.name from owners o join pets p on p.owner_id = o.id where o.id = ?")
                        .startSpan()
                        .end();
            } finally {
                service.end();
            }
        } finally {
            root.end();
        }
    }

    /** A consumer trace with the newer semantic conventions: fully qualified code.function.name, db.collection.name. */
    private static void orderMessage(Tracer tracer) {
        Span root = tracer.spanBuilder("orders process")
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("code.function.name", LISTENER + ".onOrder")
                .startSpan();
        try (Scope r = root.makeCurrent()) {
            tracer.spanBuilder("INSERT invoices")
                    .setSpanKind(SpanKind.CLIENT)
                    .setAttribute("db.system.name", "postgresql")
                    .setAttribute("db.collection.name", "invoices")
                    .setAttribute("db.operation.name", "INSERT")
                    .startSpan()
                    .end();
        } finally {
            root.end();
        }
    }

    @Test
    void theSdkExportIsRecognizedAsOtlp() {
        assertThat(reader.accepts(export)).isTrue();
        assertThat(new AgentTraceReader().accepts(export)).isFalse();
    }

    @Test
    void methodSpansBecomeCallsFromTheNearestMethodAboveOrRoot() {
        CodeGraph graph = reader.read(export);

        assertThat(volume(graph, "Root", "", WEB, "show")).isEqualTo(3);
        assertThat(volume(graph, WEB, "show", SERVICE, "find")).isEqualTo(3);
        assertThat(volume(graph, "Root", "", LISTENER, "onOrder")).isEqualTo(1);
    }

    @Test
    void eachTraceRootIsABusinessContextWithItsClassesAndTables() {
        CodeGraph graph = reader.read(export);

        assertThat(context(graph, "GET /owners/{id}").invocations()).isEqualTo(3);
        assertThat(context(graph, "GET /owners/{id}").classes()).containsExactlyInAnyOrder(WEB, SERVICE);
        assertThat(context(graph, "GET /owners/{id}").tablesRead()).containsExactlyInAnyOrder("owners", "pets");
        assertThat(context(graph, "orders process").tablesWritten()).containsExactly("invoices");
        assertThat(graph.entryPoint("GET /owners/{id}")).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo(EntryPointKind.HTTP);
            assertThat(e.path()).isEqualTo("/owners/{id}");
            assertThat(e.type()).isEqualTo(WEB);
        });
        assertThat(graph.entryPoint("orders process"))
                .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(EntryPointKind.MESSAGE_LISTENER));
    }

    @Test
    void databaseSpansBecomeTableAccessOfTheMethodAboveThem() {
        CodeGraph graph = reader.read(export);

        assertThat(graph.tableAccesses())
                .filteredOn(a -> a.via() == AccessVia.RUNTIME)
                .extracting(a -> a.type() + " " + a.access() + " " + a.table() + " " + a.weight())
                .containsExactlyInAnyOrder(
                        SERVICE + " READ owners 3.0", SERVICE + " READ pets 3.0", LISTENER + " WRITE invoices 1.0");
        assertThat(graph.tableAccesses())
                .noneMatch(a -> a.access() == AccessKind.WRITE && a.table().equals("owners"));
    }

    @Test
    void aTornLineIsSkippedAndReportedWithItsNumber() throws IOException {
        Path torn = tmp.resolve("torn.jsonl");
        List<String> lines = Files.readAllLines(export);
        Files.write(torn, lines);
        Files.writeString(torn, "{\"resourceSpans\":[{\"scopeSpans\":[{\"spa", StandardOpenOption.APPEND);

        CodeGraph graph = reader.read(torn);

        assertThat(graph.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.CORRUPT_TRACE_LINE);
            assertThat(p.location().line()).isEqualTo(lines.size() + 1);
        });
        assertThat(volume(graph, WEB, "show", SERVICE, "find")).isEqualTo(3);
    }

    /** Appends each log message as one line: the exporter logs one OTLP JSON document per message. */
    private static final class LinesToFile extends Handler {
        private final Path file;

        LinesToFile(Path file) {
            this.file = file;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            try {
                Files.writeString(
                        file,
                        record.getMessage() + "\n",
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
