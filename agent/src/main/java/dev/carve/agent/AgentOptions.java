package dev.carve.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The agent's options, from {@code -javaagent:carve-agent.jar=key=value,key=value}. Lists (packages) are separated by
 * {@code :} or {@code ;} so they never clash with the {@code ,} between options.
 *
 * <ul>
 *   <li>{@code out}: the JSONL file to append to (default {@code carve-traces.jsonl});
 *   <li>{@code include}: application package prefixes to record (default: the main class's package);
 *   <li>{@code exclude}: package or class prefixes to leave out;
 *   <li>{@code sample}: the share of entry-point invocations recorded, {@code 0 < sample <= 1} (default 1);
 *   <li>{@code flush}: seconds between flushes, the most a crash can lose (default 5);
 *   <li>{@code budget}: distinct facts held in memory before an early flush (default 200000).
 * </ul>
 */
public final class AgentOptions {
    final Path out;
    final List<String> include;
    final List<String> exclude;
    final double sample;
    final long flushMillis;
    final int budget;
    final List<String> warnings;

    private AgentOptions(
            Path out,
            List<String> include,
            List<String> exclude,
            double sample,
            long flushMillis,
            int budget,
            List<String> warnings) {
        this.out = out;
        this.include = List.copyOf(include);
        this.exclude = List.copyOf(exclude);
        this.sample = sample;
        this.flushMillis = flushMillis;
        this.budget = budget;
        this.warnings = List.copyOf(warnings);
    }

    /** Parses the agent argument; bad values become warnings and defaults, never exceptions. */
    public static AgentOptions parse(String args) {
        Path out = Path.of("carve-traces.jsonl");
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        double sample = 1.0;
        long flushMillis = 5_000;
        int budget = 200_000;
        List<String> warnings = new ArrayList<>();
        for (String part : args == null ? new String[0] : args.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = (eq < 0 ? part : part.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : part.substring(eq + 1).trim();
            try {
                switch (key) {
                    case "out" -> out = Path.of(value);
                    case "include" -> include.addAll(list(value));
                    case "exclude" -> exclude.addAll(list(value));
                    case "sample" -> sample = share(value);
                    case "flush" -> flushMillis = Math.max(100, (long) (Double.parseDouble(value) * 1000));
                    case "budget" -> budget = Math.max(1_000, Integer.parseInt(value));
                    default ->
                        warnings.add("unknown option '" + key + "' ignored (known: out, include, exclude,"
                                + " sample, flush, budget)");
                }
            } catch (RuntimeException e) {
                warnings.add("option '" + part + "' is not valid (" + e.getMessage() + "); default kept");
            }
        }
        if (include.isEmpty()) {
            String guessed = mainPackage();
            if (guessed.isEmpty()) {
                warnings.add("no include= given and no main class package found; nothing will be recorded."
                        + " Add include=com.yourcompany to the agent options");
            } else {
                include.add(guessed);
                warnings.add("no include= given; recording package " + guessed + " (the main class's)");
            }
        }
        return new AgentOptions(out, include, exclude, sample, flushMillis, budget, warnings);
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split("[:;]")) {
            String p = item.trim();
            if (p.endsWith(".*")) {
                p = p.substring(0, p.length() - 2);
            }
            if (!p.isEmpty()) {
                items.add(p);
            }
        }
        return items;
    }

    private static double share(String value) {
        double v = Double.parseDouble(value);
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException("sample must be in (0, 1]");
        }
        return v;
    }

    /** The package of the main class, read from the command line or the main jar's manifest. */
    private static String mainPackage() {
        String command = System.getProperty("sun.java.command", "").trim();
        if (command.isEmpty()) {
            return "";
        }
        String first = command.split("\\s+")[0];
        String main = first;
        if (first.endsWith(".jar") && Files.isRegularFile(Path.of(first))) {
            main = manifestMain(Path.of(first));
        }
        int dot = main.lastIndexOf('.');
        return dot <= 0 || main.endsWith(".jar") ? "" : main.substring(0, dot);
    }

    private static String manifestMain(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                return "";
            }
            String start = manifest.getMainAttributes().getValue("Start-Class");
            String main = manifest.getMainAttributes().getValue("Main-Class");
            return start != null ? start : main == null ? "" : main;
        } catch (IOException e) {
            return "";
        }
    }
}
