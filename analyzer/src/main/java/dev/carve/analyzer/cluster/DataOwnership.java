package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.TableAccess;
import dev.carve.analyzer.model.TableNode;
import dev.carve.analyzer.proposal.TableOwnership;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gives every table an owner and says how the other modules should reach it once the owner is extracted. The owner is
 * the module with the most writing classes (most reading classes when nobody writes). Resolutions:
 *
 * <ul>
 *   <li>another module writes it: {@code api} (writes go through the owner's API);
 *   <li>another module only reads it and already calls the owner synchronously: {@code api};
 *   <li>it only reads it and the owner already notifies it by events: {@code event};
 *   <li>it only reads it and has no other dependency on the owner: {@code cdc-replication} (a read-only replica
 *       adds no runtime coupling).
 * </ul>
 */
final class DataOwnership {
    private DataOwnership() {}

    static List<TableOwnership> assign(Boundaries b, CrossingEdges crossing) {
        Map<String, Map<String, Set<String>>> writers = new TreeMap<>();
        Map<String, Map<String, Set<String>>> readers = new TreeMap<>();
        for (TableAccess a : b.code().tableAccesses()) {
            String m = b.moduleOf(a.type());
            if (m == null) {
                continue;
            }
            (a.access() == AccessKind.WRITE ? writers : readers)
                    .computeIfAbsent(a.table(), t -> new TreeMap<>())
                    .computeIfAbsent(m, k -> new TreeSet<>())
                    .add(a.type());
        }
        Set<String> tables = new TreeSet<>();
        b.code().tables().stream().map(TableNode::name).forEach(tables::add);
        tables.addAll(writers.keySet());
        tables.addAll(readers.keySet());
        List<TableOwnership> out = new ArrayList<>();
        for (String table : tables) {
            Map<String, Set<String>> w = writers.getOrDefault(table, Map.of());
            Map<String, Set<String>> r = new TreeMap<>(readers.getOrDefault(table, Map.of()));
            r.keySet().removeAll(w.keySet());
            String owner = top(w.isEmpty() ? r : w);
            List<TableOwnership.Access> wl = new ArrayList<>();
            w.forEach((m, cs) -> wl.add(new TableOwnership.Access(m, new ArrayList<>(cs))));
            List<TableOwnership.Access> rl = new ArrayList<>();
            r.forEach((m, cs) -> rl.add(new TableOwnership.Access(m, new ArrayList<>(cs))));
            Set<String> others = new TreeSet<>(w.keySet());
            others.addAll(r.keySet());
            others.remove(owner);
            String resolution = TableOwnership.NONE;
            String reason = owner.isEmpty() ? "no clustered class touches it" : "only " + owner + " touches it";
            if (!others.isEmpty()) {
                List<String> otherWriters =
                        w.keySet().stream().filter(m -> !m.equals(owner)).toList();
                if (!otherWriters.isEmpty()) {
                    resolution = TableOwnership.API;
                    reason = String.join(", ", otherWriters) + " also write it: route those writes through an " + owner
                            + " API and keep one writer";
                } else if (others.stream().allMatch(m -> crossing.hasSyncCoupling(m, owner))) {
                    resolution = TableOwnership.API;
                    reason = String.join(", ", others) + " read it and already call " + owner
                            + ": serve those reads from an " + owner + " API";
                } else if (others.stream()
                        .allMatch(m -> !crossing.edges(owner, m).isEmpty()
                                && crossing.edges(owner, m).stream()
                                        .allMatch(e -> e.kind.equals(CrossingEdges.EVENT)))) {
                    resolution = TableOwnership.EVENT;
                    reason = owner + " already notifies " + String.join(", ", others)
                            + " by events: carry the data they read in those events";
                } else {
                    resolution = TableOwnership.CDC_REPLICATION;
                    reason = String.join(", ", others) + " only read it and have no other dependency on " + owner
                            + ": give them a read-only replica kept in sync by CDC";
                }
            }
            out.add(new TableOwnership(table, owner, wl, rl, !others.isEmpty(), resolution, reason));
        }
        return out;
    }

    private static String top(Map<String, Set<String>> byModule) {
        String best = "";
        int size = -1;
        for (Map.Entry<String, Set<String>> e : byModule.entrySet()) {
            if (e.getValue().size() > size) {
                best = e.getKey();
                size = e.getValue().size();
            }
        }
        return best;
    }
}
