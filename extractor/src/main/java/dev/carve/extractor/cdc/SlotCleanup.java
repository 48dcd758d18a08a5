package dev.carve.extractor.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Removes what a sync leaves on the databases: replication slots, publications, the stored position. */
final class SlotCleanup {
    private SlotCleanup() {}

    static List<String> stop(SyncConfig config, Endpoint source, Endpoint target, boolean dropSlot) {
        Duration timeout = Duration.ofSeconds(config.connectTimeoutSeconds());
        List<String> done = new ArrayList<>();
        try (Connection s = source.connect("source", timeout);
                Connection t = target.connect("target", timeout)) {
            refuseIfActive(s, config.slotName());
            refuseIfActive(t, SyncService.reverseSlot(config));
            if (!dropSlot) {
                done.add("slot " + config.slotName() + " kept: a later start resumes from it. It keeps WAL on the"
                        + " source until then; run with --drop-slot to remove it for good.");
                return done;
            }
            done.addAll(drop(s, config.slotName(), "source"));
            done.addAll(drop(t, SyncService.reverseSlot(config), "target"));
            TargetSchema.ensureMeta(t);
            for (String key : List.of(config.name(), config.name() + "_reverse")) {
                try (PreparedStatement st = t.prepareStatement(Sql.get("delete_offset"))) {
                    st.setString(1, key);
                    st.executeUpdate();
                }
            }
            if (config.reverse()) {
                try (PreparedStatement st = s.prepareStatement(Sql.get("delete_offset"))) {
                    st.setString(1, config.name() + "_reverse");
                    st.executeUpdate();
                } catch (SQLException ignored) {
                    // the source has no bookkeeping table when reverse never ran
                }
            }
            done.add("position of " + config.name() + " forgotten on the target: the next start snapshots again");
            return done;
        } catch (SQLException e) {
            throw SyncException.failed("stopping the sync failed: " + e.getMessage(), e);
        }
    }

    private static void refuseIfActive(Connection c, String slot) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(Sql.get("slot_active_pid"))) {
            st.setString(1, slot);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    throw SyncException.refused("slot " + slot + " is in use by a running sync (backend pid "
                            + rs.getInt(1) + "). Stop that sync process first (Ctrl-C or kill), then run this again.");
                }
            }
        }
    }

    private static List<String> drop(Connection c, String slot, String side) throws SQLException {
        List<String> done = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(Sql.get("drop_slot"))) {
            st.setString(1, slot);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    done.add("dropped replication slot " + slot + " on the " + side);
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement(Sql.get("publication_exists"))) {
            st.setString(1, slot);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    try (Statement d = c.createStatement()) {
                        d.execute("DROP PUBLICATION " + Sql.quote(slot));
                    }
                    done.add("dropped publication " + slot + " on the " + side);
                }
            }
        }
        return done;
    }
}
