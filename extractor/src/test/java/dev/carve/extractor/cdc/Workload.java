package dev.carve.extractor.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

/**
 * A seeded mix of inserts, updates and deletes over two tables, in small transactions: the changes the crash test
 * replays while the sync is killed.
 */
final class Workload {
    static final String[] SCHEMA = {
        "CREATE TABLE accounts (id bigint PRIMARY KEY, balance bigint NOT NULL, note text, updated timestamptz)",
        "CREATE TABLE transfers (id bigint PRIMARY KEY, account bigint NOT NULL, amount numeric(12,2), kind text)"
    };

    private final Random random;
    private final int keys;
    private long changes;

    Workload(long seed, int keys) {
        this.random = new Random(seed);
        this.keys = keys;
    }

    static void createSchema(Connection c) throws SQLException {
        TestDatabases.exec(c, SCHEMA);
    }

    /** Runs until {@code total} changes are written; returns the number written. */
    long run(Connection c, long total) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement upsertAccount = c.prepareStatement(
                        "INSERT INTO accounts VALUES (?, ?, ?, now()) ON CONFLICT (id) DO UPDATE"
                                + " SET balance = accounts.balance + EXCLUDED.balance, note = EXCLUDED.note, updated = now()");
                PreparedStatement deleteAccount = c.prepareStatement("DELETE FROM accounts WHERE id = ?");
                PreparedStatement insertTransfer = c.prepareStatement(
                        "INSERT INTO transfers VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET amount = EXCLUDED.amount");
                PreparedStatement deleteTransfer = c.prepareStatement("DELETE FROM transfers WHERE id = ?")) {
            while (changes < total) {
                int statements = 1 + random.nextInt(10);
                for (int i = 0; i < statements; i++) {
                    int op = random.nextInt(10);
                    long key = random.nextInt(keys);
                    if (op < 4) {
                        upsertAccount.setLong(1, key);
                        upsertAccount.setLong(2, random.nextInt(1000));
                        upsertAccount.setString(3, op == 0 ? null : "n" + random.nextInt(100));
                        upsertAccount.executeUpdate();
                    } else if (op < 5) {
                        deleteAccount.setLong(1, key);
                        deleteAccount.executeUpdate();
                    } else if (op < 9) {
                        insertTransfer.setLong(1, key * 4 + random.nextInt(4));
                        insertTransfer.setLong(2, key);
                        insertTransfer.setBigDecimal(3, java.math.BigDecimal.valueOf(random.nextInt(100000), 2));
                        insertTransfer.setString(4, op == 5 ? "debit" : "credit");
                        insertTransfer.executeUpdate();
                    } else {
                        deleteTransfer.setLong(1, key * 4 + random.nextInt(4));
                        deleteTransfer.executeUpdate();
                    }
                    changes++;
                }
                c.commit();
            }
        }
        c.setAutoCommit(true);
        return changes;
    }

    static void truncate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE accounts, transfers");
        }
    }
}
