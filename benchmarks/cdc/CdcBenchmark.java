import dev.carve.extractor.cdc.SyncConfig;
import dev.carve.extractor.cdc.SyncHandle;
import dev.carve.extractor.cdc.SyncMain;
import dev.carve.extractor.cdc.SyncService;
import dev.carve.extractor.cdc.VerifyReport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * CDC benchmark: snapshot and stream apply rate, lag p99 at a steady write rate, and the crash test (a workload of
 * inserts/updates/deletes while the sync process is killed with SIGKILL at random, then verify). Prints Markdown.
 * Usage: java -cp <extractor classpath> CdcBenchmark.java SNAPSHOT_ROWS STREAM_ROWS LAG_SECONDS CRASH_CHANGES KILLS
 */
public class CdcBenchmark {
    static EmbeddedPostgres source;
    static EmbeddedPostgres target;

    public static void main(String[] args) throws Exception {
        int snapshotRows = Integer.parseInt(args[0]);
        int streamRows = Integer.parseInt(args[1]);
        int lagSeconds = Integer.parseInt(args[2]);
        long crashChanges = Long.parseLong(args[3]);
        int kills = Integer.parseInt(args[4]);
        Path work = Path.of(args.length > 5 ? args[5] : "target/bench-cdc");
        Files.createDirectories(work);
        source = start(work.resolve("source"));
        target = start(work.resolve("target"));
        try {
            System.out.println("| measure | value | target | reference (same run) | ratio |");
            System.out.println("|---|---|---|---|---|");
            applyRates(snapshotRows, streamRows);
            lag(lagSeconds);
            if (crashChanges > 0) {
                crash(crashChanges, kills, work);
            }
        } finally {
            source.close();
            target.close();
        }
    }

    static EmbeddedPostgres start(Path dir) throws Exception {
        deleteTree(dir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setServerConfig("wal_level", "logical")
                .setServerConfig("max_replication_slots", "10")
                .setServerConfig("max_wal_senders", "10")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                .start();
    }

    static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static String db(EmbeddedPostgres pg, String name) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name;
    }

    static Connection open(String url) throws Exception {
        return DriverManager.getConnection(url + "?reWriteBatchedInserts=true", "postgres", "");
    }

    static SyncConfig config(String name, String src, String tgt, List<String> tables) {
        return new SyncConfig(name, SyncConfig.Database.of(src, "postgres", ""),
                SyncConfig.Database.of(tgt, "postgres", ""), tables.stream().map(SyncConfig.Table::of).toList(),
                false, 4096, 0, 1024, 30);
    }

    static long count(String url, String sql) throws Exception {
        try (Connection c = open(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }

    static void awaitCount(String url, String sql, long expected, int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (count(url, sql) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + expected + " from " + sql + ": "
                        + count(url, sql));
            }
            Thread.sleep(50);
        }
    }

    static final String ROW_TABLE = "CREATE TABLE %s (id bigint PRIMARY KEY, customer text NOT NULL,"
            + " amount numeric(12,2), created timestamptz NOT NULL, note text)";

    static void applyRates(int snapshotRows, int streamRows) throws Exception {
        String src = db(source, "rates");
        String tgt = db(target, "rates");
        try (Connection c = open(src); Statement s = c.createStatement()) {
            s.execute(String.format(ROW_TABLE, "orders"));
            s.execute("INSERT INTO orders SELECT g, 'customer ' || g, g % 10000 + 0.5, now(), 'note ' || g"
                    + " FROM generate_series(1, " + snapshotRows + ") g");
        }
        // reference: a plain batched JDBC copy of the same rows into the target
        String ref = db(target, "reference");
        try (Connection c = open(ref); Statement s = c.createStatement()) {
            s.execute(String.format(ROW_TABLE, "orders"));
        }
        long refStart = System.nanoTime();
        try (Connection in = open(src); Connection out = open(ref)) {
            in.setAutoCommit(false);
            out.setAutoCommit(false);
            try (Statement s = in.createStatement()) {
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery("SELECT * FROM orders");
                        PreparedStatement p = out.prepareStatement("INSERT INTO orders VALUES (?, ?, ?, ?, ?)")) {
                    int n = 0;
                    while (rs.next()) {
                        for (int i = 1; i <= 5; i++) {
                            p.setObject(i, rs.getObject(i));
                        }
                        p.addBatch();
                        if (++n % 4096 == 0) {
                            p.executeBatch();
                            out.commit();
                        }
                    }
                    p.executeBatch();
                    out.commit();
                }
            }
        }
        double refRate = snapshotRows / seconds(refStart);

        SyncConfig config = config("rates", src, tgt, List.of("orders"));
        long start = System.nanoTime();
        try (SyncHandle sync = SyncService.start(config)) {
            awaitCount(tgt, "SELECT count(*) FROM orders", snapshotRows, 600);
            double snapshotRate = snapshotRows / seconds(start);
            row("snapshot apply", String.format("%,.0f rows/s (%,d rows)", snapshotRate, snapshotRows), "≥ 20,000 rows/s",
                    String.format("plain JDBC copy %,.0f rows/s", refRate), String.format("%.2f", snapshotRate / refRate));
            long before = sync.status().events();
            long streamStart = System.nanoTime();
            try (Connection c = open(src); Statement s = c.createStatement()) {
                s.execute("INSERT INTO orders SELECT g, 'customer ' || g, g % 10000 + 0.5, now(), 'note ' || g"
                        + " FROM generate_series(" + (snapshotRows + 1) + ", " + (snapshotRows + streamRows / 2)
                        + ") g");
                s.execute("UPDATE orders SET amount = amount + 1 WHERE id <= " + (streamRows - streamRows / 2));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
            while (sync.status().events() < before + streamRows && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            double streamRate = (sync.status().events() - before) / seconds(streamStart);
            row("stream apply (inserts + updates)", String.format("%,.0f rows/s (%,d changes)", streamRate, streamRows),
                    "≥ 20,000 rows/s", String.format("plain JDBC copy %,.0f rows/s", refRate),
                    String.format("%.2f", streamRate / refRate));
        }
        SyncService.stop(config, true);
    }

    static void lag(int seconds) throws Exception {
        String src = db(source, "lag");
        String tgt = db(target, "lag");
        try (Connection c = open(src); Statement s = c.createStatement()) {
            s.execute(String.format(ROW_TABLE, "events"));
        }
        SyncConfig config = config("lag", src, tgt, List.of("events"));
        try (SyncHandle sync = SyncService.start(config); Connection c = open(src)) {
            // let the engine reach streaming: one row must arrive first
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO events VALUES (0, 'warm', 0, now(), null)");
            }
            awaitCount(tgt, "SELECT count(*) FROM events", 1, 120);
            sync.resetLagWindow();
            c.setAutoCommit(false);
            int perTick = 25; // 25 rows every 5 ms = 5,000 writes/s
            long tickNanos = 5_000_000L;
            long total = (long) seconds * 5_000;
            long next = System.nanoTime();
            long id = 1;
            long start = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO events VALUES (?, 'c', 1.5, now(), 'n')")) {
                while (id <= total) {
                    for (int i = 0; i < perTick; i++) {
                        p.setLong(1, id++);
                        p.addBatch();
                    }
                    p.executeBatch();
                    c.commit();
                    next += tickNanos;
                    LockSupport.parkNanos(next - System.nanoTime());
                }
            }
            double achieved = (id - 1) / seconds(start);
            awaitCount(tgt, "SELECT count(*) FROM events", id, 120);
            var status = sync.status();
            row("lag p99 at steady writes", String.format("%d ms (%,.0f writes/s for %d s, last %d ms)",
                    status.lagP99Millis(), achieved, seconds, status.lagMillis()), "< 1,000 ms", "-", "-");
        }
        SyncService.stop(config, true);
    }

    static void crash(long changes, int kills, Path work) throws Exception {
        String src = db(source, "crash");
        String tgt = db(target, "crash");
        try (Connection c = open(src); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE accounts (id bigint PRIMARY KEY, balance bigint NOT NULL, note text)");
            s.execute("CREATE TABLE transfers (id bigint PRIMARY KEY, account bigint NOT NULL, amount numeric(12,2))");
            s.execute("CREATE TABLE audit (id bigint PRIMARY KEY, what text, at timestamptz)");
        }
        SyncConfig config = config("crash", src, tgt, List.of("accounts", "transfers", "audit"));
        Path file = work.resolve("crash-sync.yaml");
        Files.writeString(file, dev.carve.analyzer.config.ConfigLoader.yamlMapper().writeValueAsString(config));
        Path log = work.resolve("crash-sync.log");
        Random random = new Random(7);
        long start = System.nanoTime();
        Thread writer = new Thread(() -> {
            try (Connection c = open(src)) {
                c.setAutoCommit(false);
                Random r = new Random(11);
                long done = 0;
                long auditId = 0;
                try (PreparedStatement up = c.prepareStatement("INSERT INTO accounts VALUES (?, ?, 'n') ON CONFLICT (id)"
                                + " DO UPDATE SET balance = accounts.balance + EXCLUDED.balance");
                        PreparedStatement del = c.prepareStatement("DELETE FROM accounts WHERE id = ?");
                        PreparedStatement tr = c.prepareStatement("INSERT INTO transfers VALUES (?, ?, ?) ON CONFLICT"
                                + " (id) DO UPDATE SET amount = EXCLUDED.amount");
                        PreparedStatement deltr = c.prepareStatement("DELETE FROM transfers WHERE id = ?");
                        PreparedStatement au = c.prepareStatement("INSERT INTO audit VALUES (?, 'w', now())")) {
                    while (done < changes) {
                        for (int i = 0; i < 50; i++) {
                            int op = r.nextInt(10);
                            long key = r.nextInt(50_000);
                            PreparedStatement p;
                            if (op < 3) {
                                p = up;
                                p.setLong(1, key);
                                p.setLong(2, r.nextInt(100));
                            } else if (op < 4) {
                                p = del;
                                p.setLong(1, key);
                            } else if (op < 7) {
                                p = tr;
                                p.setLong(1, key * 3 + r.nextInt(3));
                                p.setLong(2, key);
                                p.setBigDecimal(3, java.math.BigDecimal.valueOf(r.nextInt(100000), 2));
                            } else if (op < 8) {
                                p = deltr;
                                p.setLong(1, key * 3 + r.nextInt(3));
                            } else {
                                p = au;
                                p.setLong(1, auditId++);
                            }
                            p.executeUpdate();
                            done++;
                        }
                        c.commit();
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Process sync = launch(file, log);
        for (int k = 0; k < kills; k++) {
            Thread.sleep(3_000 + random.nextInt(12_000));
            sync.destroyForcibly().waitFor();
            System.err.printf("kill %d at %.1f s%n", k + 1, seconds(start));
            sync = launch(file, log);
        }
        writer.join();
        double writeSeconds = seconds(start);
        VerifyReport report = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1200);
        while (System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            report = SyncService.verify(config, false);
            if (report.clean()) {
                break;
            }
        }
        double total = seconds(start);
        sync.getOutputStream().close();
        sync.waitFor(60, TimeUnit.SECONDS);
        sync.destroyForcibly();
        row("crash test: " + String.format("%,d", changes) + " changes, " + kills + " SIGKILLs",
                String.format("%d missing, %d extra, %d different (%,d + %,d + %,d rows compared)", report.missing(),
                        report.extra(), report.different(), report.tables().get(0).sourceRows(),
                        report.tables().get(1).sourceRows(), report.tables().get(2).sourceRows()),
                "0 / 0 / 0", String.format("workload %.0f s, converged at %.0f s", writeSeconds, total), "-");
        SyncService.stop(config, true);
    }

    static Process launch(Path config, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), SyncMain.class.getName(),
                        config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static void row(String... cells) {
        System.out.println("| " + String.join(" | ", cells) + " |");
    }
}
