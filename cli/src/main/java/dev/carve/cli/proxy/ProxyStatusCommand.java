package dev.carve.cli.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.carve.proxy.ProxyException;
import dev.carve.proxy.ProxyStatus;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carve proxy status}: every route's stage, split, window figures and last change. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Shows the running proxy and every route: stage, pause, totals, what the gates see in their"
                + " window (target requests, error %%, p99, shadow diff %%), and the last stage change and why.")
public final class ProxyStatusCommand implements Runnable {
    @Mixin
    AdminOptions admin;

    @Option(names = "--json", description = "Print the admin API's status as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        ProxyStatus status = admin.client().status();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(status));
            out.flush();
        } else {
            StatusTable.print(status, out);
        }
    }

    static String toJson(Object value) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw ProxyException.internal("cannot write the status as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
