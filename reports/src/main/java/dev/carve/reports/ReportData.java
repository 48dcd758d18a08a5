package dev.carve.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.proposal.Candidate;
import dev.carve.analyzer.proposal.Metrics;
import dev.carve.analyzer.proposal.Module;
import dev.carve.analyzer.proposal.ModuleDependency;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.analyzer.proposal.TableOwnership;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's data: the proposal itself plus the views the report shows that are not stored in it (a flat
 * dependency list, the table-ownership matrix, how each candidate's modules relate to the recommended ones). The
 * JSON report writes it; the HTML report embeds it. Its layout is documented in docs/reports.md.
 */
final class ReportData {
    /** Changes when a reader of an older report would misread it; new fields do not change it. */
    static final int REPORT_VERSION = 1;

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportData() {}

    static ObjectNode of(Proposal p) {
        ObjectNode root = JSON.createObjectNode();
        root.put("reportVersion", REPORT_VERSION);
        root.put("generator", p.generator());
        root.set("proposal", JSON.valueToTree(p));
        ObjectNode views = root.putObject("views");
        views.set("dependencies", dependencies(p));
        views.set("tableMatrix", tableMatrix(p));
        views.set("candidates", candidates(p));
        return root;
    }

    static String pretty(ObjectNode data) {
        try {
            return JSON.writeValueAsString(data) + "\n";
        } catch (JsonProcessingException e) {
            throw CarveException.internal("cannot write the report data as JSON", e);
        }
    }

    static String compact(ObjectNode data) {
        try {
            return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw CarveException.internal("cannot write the report data as JSON", e);
        }
    }

    private static ArrayNode dependencies(Proposal p) {
        ArrayNode out = JSON.createArrayNode();
        for (Module m : p.modules()) {
            for (ModuleDependency d : m.outgoing()) {
                boolean cycle = p.module(d.to()).stream()
                        .flatMap(o -> o.outgoing().stream())
                        .anyMatch(o -> o.to().equals(d.from()));
                out.addObject()
                        .put("from", d.from())
                        .put("to", d.to())
                        .put("syncCalls", d.syncCalls())
                        .put("events", d.events())
                        .put("structural", d.structural())
                        .put("data", d.data())
                        .put("runtimeCalls", d.runtimeCalls())
                        .put("total", d.total())
                        .put("mutual", cycle);
            }
        }
        return out;
    }

    /** Rows are tables, columns modules; a cell is {@code owner}, {@code write}, {@code read} or absent. */
    private static ObjectNode tableMatrix(Proposal p) {
        ObjectNode matrix = JSON.createObjectNode();
        Set<String> modules = new LinkedHashSet<>();
        p.modules().forEach(m -> modules.add(m.name()));
        p.tables().forEach(t -> {
            t.writers().forEach(a -> modules.add(a.module()));
            t.readers().forEach(a -> modules.add(a.module()));
        });
        ArrayNode columns = matrix.putArray("modules");
        modules.forEach(columns::add);
        ArrayNode rows = matrix.putArray("rows");
        for (TableOwnership t : p.tables()) {
            ObjectNode row = rows.addObject()
                    .put("table", t.table())
                    .put("owner", t.owner())
                    .put("shared", t.shared())
                    .put("resolution", t.resolution())
                    .put("reason", t.reason());
            ObjectNode cells = row.putObject("cells");
            t.readers().forEach(a -> cells.put(a.module(), "read"));
            t.writers().forEach(a -> cells.put(a.module(), "write"));
            if (!t.owner().isEmpty()) {
                cells.put(t.owner(), "owner");
            }
        }
        return matrix;
    }

    /**
     * Each candidate with the metrics it is best at among the candidates, and for each of its modules the recommended
     * modules its classes come from, largest share first.
     */
    private static ArrayNode candidates(Proposal p) {
        // where the recommended proposal puts each class, kernel classes at their home module
        Map<String, String> recommended = p.moduleOf();
        p.sharedKernel().forEach(k -> recommended.putIfAbsent(k.name(), k.homeModule()));
        Map<String, Double> best = new LinkedHashMap<>();
        for (Candidate c : p.candidates()) {
            c.metrics()
                    .values()
                    .forEach((name, v) -> best.merge(
                            name, v, (a, b) -> Metrics.higherIsBetter(name) ? Math.max(a, b) : Math.min(a, b)));
        }
        ArrayNode out = JSON.createArrayNode();
        for (Candidate c : p.candidates()) {
            ObjectNode node = out.addObject()
                    .put("id", c.id())
                    .put("moduleCount", c.moduleCount())
                    .put("resolution", c.resolution())
                    .put("objective", c.objective())
                    .put("recommended", c.recommended());
            ArrayNode bestAt = node.putArray("bestAt");
            c.metrics().values().forEach((name, v) -> {
                if (v.equals(best.get(name)) && p.candidates().size() > 1) {
                    bestAt.add(name);
                }
            });
            ArrayNode modules = node.putArray("modules");
            c.modules().forEach((name, members) -> {
                ObjectNode m = modules.addObject().put("name", name).put("classes", members.size());
                Map<String, Integer> from = new LinkedHashMap<>();
                members.forEach(cls -> from.merge(recommended.getOrDefault(cls, "(unplaced)"), 1, Integer::sum));
                ArrayNode fromNode = m.putArray("from");
                List<Map.Entry<String, Integer>> sorted = from.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                                .thenComparing(Map.Entry.comparingByKey()))
                        .toList();
                sorted.forEach(
                        e -> fromNode.addObject().put("module", e.getKey()).put("classes", e.getValue()));
            });
        }
        return out;
    }
}
