package dev.carve.agent;

import dev.carve.agent.record.Failures;
import dev.carve.agent.record.Recorder;
import java.lang.instrument.Instrumentation;
import java.time.Instant;

/**
 * The agent's entry: {@code java -javaagent:carve-agent.jar=out=traces.jsonl,include=com.acme -jar app.jar}. It
 * never stops the host: bad options become warnings, an unwritable output one warning and no recording.
 */
public final class CarveAgent {
    private CarveAgent() {}

    public static void premain(String args, Instrumentation instrumentation) {
        install(args, instrumentation);
    }

    public static void agentmain(String args, Instrumentation instrumentation) {
        install(args, instrumentation);
    }

    private static void install(String args, Instrumentation instrumentation) {
        try {
            AgentOptions options = AgentOptions.parse(args);
            options.warnings.forEach(Failures::warn);
            if (Recorder.start(options.out, options.sample, options.flushMillis, options.budget, header(options))) {
                Transformations.install(options, instrumentation);
            }
        } catch (Throwable t) {
            Failures.warn("could not start (" + t + "); the application runs without it");
        }
    }

    private static String header(AgentOptions o) {
        StringBuilder line = new StringBuilder("{\"type\":\"agent-start\",\"v\":1");
        line.append(",\"time\":\"").append(Instant.now()).append('"');
        line.append(",\"pid\":").append(ProcessHandle.current().pid());
        line.append(",\"java\":\"").append(System.getProperty("java.version")).append('"');
        line.append(",\"include\":").append(list(o.include));
        line.append(",\"exclude\":").append(list(o.exclude));
        line.append(",\"sample\":").append(o.sample);
        line.append(",\"flushMillis\":").append(o.flushMillis);
        return line.append("}\n").toString();
    }

    private static String list(java.util.List<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (String item : items) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"')
                    .append(item.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return out.append(']').toString();
    }
}
