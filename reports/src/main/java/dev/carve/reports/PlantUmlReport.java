package dev.carve.reports;

import static dev.carve.reports.internal.Text.amount;
import static dev.carve.reports.internal.Text.count;
import static dev.carve.reports.internal.Text.identifier;
import static dev.carve.reports.internal.Text.quoted;

import dev.carve.analyzer.proposal.Module;
import dev.carve.analyzer.proposal.ModuleDependency;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.analyzer.proposal.TableOwnership;
import dev.carve.reports.internal.Labels;
import java.util.ArrayList;
import java.util.List;

/**
 * A PlantUML component diagram: one component per module (size, owned tables, verdict), synchronous dependencies
 * as solid arrows, event flows dotted, shared tables as databases reached by the modules that are not their owner.
 */
final class PlantUmlReport implements ReportRenderer {
    @Override
    public String render(Proposal p) {
        StringBuilder uml = new StringBuilder("@startuml carve-modules\n");
        uml.append("title Carve proposal ")
                .append(p.recommended())
                .append(": ")
                .append(count(p.modules().size(), "module", "modules"))
                .append(" from ")
                .append(count(p.source().classes(), "class", "classes"))
                .append('\n');
        uml.append("""
                left to right direction
                skinparam componentStyle rectangle
                skinparam shadowing false
                skinparam component {
                  BackgroundColor<<extract-service>> #DDF4FF
                  BackgroundColor<<modulith-module>> #FBEFFF
                  BackgroundColor<<merge>> #FFF8C5
                  BackgroundColor<<shared-kernel>> #EAEEF2
                }
                """);
        for (Module m : p.modules()) {
            List<String> lines = new ArrayList<>();
            lines.add(m.name());
            lines.add(count(m.size(), "class", "classes"));
            if (!m.ownedTables().isEmpty()) {
                lines.add("tables: " + String.join(", ", m.ownedTables()));
            }
            String verdict = m.rightSizing() == null ? "" : m.rightSizing().verdict();
            uml.append("component ")
                    .append(quoted(String.join("\\n", lines)).replace("\\\\n", "\\n"))
                    .append(" as ")
                    .append(id(m.name()))
                    .append(verdict.isEmpty() ? "" : " <<" + verdict + ">>")
                    .append('\n');
        }
        if (!p.sharedKernel().isEmpty()) {
            uml.append("component ")
                    .append(quoted("shared kernel\\n" + count(p.sharedKernel().size(), "class", "classes"))
                            .replace("\\\\n", "\\n"))
                    .append(" as shared_kernel <<shared-kernel>>\n");
        }
        List<TableOwnership> shared =
                p.tables().stream().filter(TableOwnership::shared).toList();
        for (TableOwnership t : shared) {
            uml.append("database ")
                    .append(quoted(t.table()))
                    .append(" as ")
                    .append(identifier("t_", t.table()))
                    .append('\n');
        }
        for (Module m : p.modules()) {
            for (ModuleDependency d : m.outgoing()) {
                double sync = d.syncCalls() + d.structural() + d.data() + d.runtimeCalls();
                if (sync > 0) {
                    uml.append(id(d.from()))
                            .append(" --> ")
                            .append(id(d.to()))
                            .append(" : ")
                            .append(Labels.synchronousOnly(d))
                            .append('\n');
                }
                if (d.events() > 0) {
                    uml.append(id(d.from()))
                            .append(" ..> ")
                            .append(id(d.to()))
                            .append(" : ")
                            .append(amount(d.events(), "event", "events"))
                            .append('\n');
                }
            }
        }
        p.sharedKernel().stream()
                .flatMap(k -> k.usedBy().stream())
                .distinct()
                .filter(u -> p.module(u).isPresent())
                .forEach(u -> uml.append(id(u)).append(" --> shared_kernel : uses\n"));
        for (TableOwnership t : shared) {
            String table = identifier("t_", t.table());
            if (p.module(t.owner()).isPresent()) {
                uml.append(id(t.owner())).append(" --> ").append(table).append(" : owns\n");
            }
            t.writers().stream()
                    .filter(a -> !a.module().equals(t.owner())
                            && p.module(a.module()).isPresent())
                    .forEach(a -> uml.append(id(a.module()))
                            .append(" --> ")
                            .append(table)
                            .append(" : writes (")
                            .append(t.resolution())
                            .append(")\n"));
            t.readers().stream()
                    .filter(a -> !a.module().equals(t.owner())
                            && p.module(a.module()).isPresent())
                    .forEach(a -> uml.append(id(a.module()))
                            .append(" ..> ")
                            .append(table)
                            .append(" : reads (")
                            .append(t.resolution())
                            .append(")\n"));
        }
        return uml.append("@enduml\n").toString();
    }

    private static String id(String module) {
        return identifier("m_", module);
    }
}
