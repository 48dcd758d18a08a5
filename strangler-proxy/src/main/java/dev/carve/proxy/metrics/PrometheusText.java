package dev.carve.proxy.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the Prometheus text exposition format (version 0.0.4). Samples may be added in any order; each family's
 * HELP, TYPE and samples come out together, as the format requires.
 */
public final class PrometheusText {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Map<String, StringBuilder> families = new LinkedHashMap<>();

    /** Declares a family once; later calls with the same name do nothing. */
    public PrometheusText family(String name, String type, String help) {
        families.computeIfAbsent(
                name,
                n -> new StringBuilder()
                        .append("# HELP ")
                        .append(n)
                        .append(' ')
                        .append(help)
                        .append('\n')
                        .append("# TYPE ")
                        .append(n)
                        .append(' ')
                        .append(type)
                        .append('\n'));
        return this;
    }

    /** One sample of a declared family; labels alternate names and values. */
    public PrometheusText sample(String name, double value, String... labels) {
        StringBuilder out = familyOf(name);
        out.append(name);
        appendLabels(out, labels, null, null);
        out.append(' ').append(format(value)).append('\n');
        return this;
    }

    /** A histogram's bucket, sum and count samples. */
    public PrometheusText histogram(String name, LatencyHistogram h, String... labels) {
        StringBuilder out = familyOf(name);
        long[] cumulative = h.cumulative();
        for (int i = 0; i < cumulative.length; i++) {
            out.append(name).append("_bucket");
            String le = i < LatencyHistogram.BOUNDS.length ? format(LatencyHistogram.BOUNDS[i]) : "+Inf";
            appendLabels(out, labels, "le", le);
            out.append(' ').append(cumulative[i]).append('\n');
        }
        sample(name + "_sum", h.sumSeconds(), labels);
        sample(name + "_count", cumulative[cumulative.length - 1], labels);
        return this;
    }

    private StringBuilder familyOf(String sampleName) {
        StringBuilder out = families.get(sampleName);
        for (String suffix : new String[] {"_sum", "_count", "_bucket"}) {
            if (out == null && sampleName.endsWith(suffix)) {
                out = families.get(sampleName.substring(0, sampleName.length() - suffix.length()));
            }
        }
        if (out == null) {
            throw new IllegalStateException("metric family not declared: " + sampleName);
        }
        return out;
    }

    private static void appendLabels(StringBuilder out, String[] labels, String extraName, String extraValue) {
        if (labels.length == 0 && extraName == null) {
            return;
        }
        out.append('{');
        for (int i = 0; i + 1 < labels.length; i += 2) {
            out.append(i == 0 ? "" : ",")
                    .append(labels[i])
                    .append("=\"")
                    .append(escape(labels[i + 1]))
                    .append('"');
        }
        if (extraName != null) {
            out.append(labels.length == 0 ? "" : ",")
                    .append(extraName)
                    .append("=\"")
                    .append(extraValue)
                    .append('"');
        }
        out.append('}');
    }

    private static String escape(String v) {
        if (v.indexOf('\\') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0) {
            return v;
        }
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String format(double v) {
        if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    @Override
    public String toString() {
        StringBuilder all = new StringBuilder();
        families.values().forEach(all::append);
        return all.toString();
    }
}
