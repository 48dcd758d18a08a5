package dev.carve.extractor.cdc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Random;

/**
 * A seeded mix of inserts, updates and deletes over three tables, in small transactions: the changes the crash test
 * replays while the sync is killed. Every insert and update stamps the row with a fresh {@code version} from one
 * source sequence, so the target can tell each change apart (and count how often it was applied); {@code balance}
 * is a counter that every update adds to.
 */
final class Workload {
    static final String[] SCHEMA = {
        "CREATE SEQUENCE change_seq",
        "CREATE TABLE accounts (id bigint PRIMARY KEY, balance bigint NOT NULL, note text, updated timestamptz,"
                + " version bigint NOT NULL)",
        "CREATE TABLE transfers (id bigint PRIMARY KEY, account bigint NOT NULL, amount numeric(12,2), kind text,"
                + " version bigint NOT NULL)",
        "CREATE TABLE audit (id bigint PRIMARY KEY, account bigint NOT NULL, what text, version bigint NOT NULL)"
    };

    static final String[] TABLES = {"accounts", "transfers", "audit"};

    private final Random random;
    private final int keys;
    private long changes;
    private long auditId;

    Workload(long seed, int keys) {
        this.random = new Random(seed);
        this.keys = keys;
        this.auditId = seed * 1_000_000_000L;
    }

    static void createSchema(Connection c) throws SQLException {
        TestDatabases.exec(c, SCHEMA);
    }

    /** Runs until {@code total} changes are written; returns the number written. */
    long run(Connection c, long total) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement upsertAccount = c.prepareStatement(
                        "INSERT INTO accounts VALUES (?, ?, ?, now(), nextval('change_seq')) ON CONFLICT (id) DO UPDATE"
                                + " SET balance = accounts.balance + EXCLUDED.balance, note = EXCLUDED.note,"
                                + " updated = now(), version = EXCLUDED.version");
                PreparedStatement deleteAccount = c.prepareStatement("DELETE FROM accounts WHERE id = ?");
                PreparedStatement upsertTransfer = c.prepareStatement(
                        "INSERT INTO transfers VALUES (?, ?, ?, ?, nextval('change_seq')) ON CONFLICT (id) DO UPDATE"
                                + " SET amount = EXCLUDED.amount, version = EXCLUDED.version");
                PreparedStatement deleteTransfer = c.prepareStatement("DELETE FROM transfers WHERE id = ?");
                PreparedStatement insertAudit =
                        c.prepareStatement("INSERT INTO audit VALUES (?, ?, ?, nextval('change_seq'))")) {
            while (changes < total) {
                int statements = 1 + random.nextInt(10);
                for (int i = 0; i < statements; i++) {
                    int op = random.nextInt(10);
                    long key = random.nextInt(keys);
                    if (op < 3) {
                        upsertAccount.setLong(1, key);
                        upsertAccount.setLong(2, random.nextInt(1000));
                        upsertAccount.setString(3, op == 0 ? null : "n" + random.nextInt(100));
                        upsertAccount.executeUpdate();
                    } else if (op < 4) {
                        deleteAccount.setLong(1, key);
                        deleteAccount.executeUpdate();
                    } else if (op < 7) {
                        upsertTransfer.setLong(1, key * 4 + random.nextInt(4));
                        upsertTransfer.setLong(2, key);
                        upsertTransfer.setBigDecimal(3, BigDecimal.valueOf(random.nextInt(100000), 2));
                        upsertTransfer.setString(4, op == 5 ? "debit" : "credit");
                        upsertTransfer.executeUpdate();
                    } else if (op < 8) {
                        deleteTransfer.setLong(1, key * 4 + random.nextInt(4));
                        deleteTransfer.executeUpdate();
                    } else {
                        insertAudit.setLong(1, auditId++);
                        insertAudit.setLong(2, key);
                        insertAudit.setString(3, op == 8 ? "login" : "export");
                        insertAudit.executeUpdate();
                    }
                    changes++;
                }
                c.commit();
            }
        }
        c.setAutoCommit(true);
        return changes;
    }
}
