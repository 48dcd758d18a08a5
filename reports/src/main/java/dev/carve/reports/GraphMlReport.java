package dev.carve.reports;

import static dev.carve.reports.internal.Text.num;
import static dev.carve.reports.internal.Text.simpleName;
import static dev.carve.reports.internal.Text.xml;

import dev.carve.analyzer.proposal.ClassPlacement;
import dev.carve.analyzer.proposal.Module;
import dev.carve.analyzer.proposal.ModuleDependency;
import dev.carve.analyzer.proposal.Proposal;
import java.util.HashSet;
import java.util.Set;

/**
 * GraphML for yEd and Gephi: module nodes and the dependencies between them ({@code kind=dependency}), plus class
 * nodes carrying their module and the strongest ties between classes ({@code kind=tie}, undirected), so a tool can
 * lay out either level or colour classes by module.
 */
final class GraphMlReport implements ReportRenderer {
    @Override
    public String render(Proposal p) {
        StringBuilder g = new StringBuilder();
        g.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <key id="kind" for="all" attr.name="kind" attr.type="string"/>
                  <key id="module" for="node" attr.name="module" attr.type="string"/>
                  <key id="role" for="node" attr.name="role" attr.type="string"/>
                  <key id="classes" for="node" attr.name="classes" attr.type="int"/>
                  <key id="verdict" for="node" attr.name="verdict" attr.type="string"/>
                  <key id="margin" for="node" attr.name="margin" attr.type="double"/>
                  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
                  <key id="syncCalls" for="edge" attr.name="syncCalls" attr.type="double"/>
                  <key id="events" for="edge" attr.name="events" attr.type="double"/>
                  <key id="structural" for="edge" attr.name="structural" attr.type="double"/>
                  <key id="data" for="edge" attr.name="data" attr.type="double"/>
                  <key id="runtimeCalls" for="edge" attr.name="runtimeCalls" attr.type="double"/>
                """);
        g.append("  <graph id=\"")
                .append(xml(p.recommended().isEmpty() ? "carve" : p.recommended()))
                .append("\" edgedefault=\"directed\">\n");
        for (Module m : p.modules()) {
            g.append("    <node id=\"").append(xml(moduleId(m.name()))).append("\">\n");
            data(g, "label", m.name());
            data(g, "kind", "module");
            data(g, "module", m.name());
            data(g, "classes", Integer.toString(m.size()));
            if (m.rightSizing() != null) {
                data(g, "verdict", m.rightSizing().verdict());
            }
            g.append("    </node>\n");
        }
        Set<String> placed = new HashSet<>();
        for (ClassPlacement c : p.classes()) {
            placed.add(c.name());
            g.append("    <node id=\"").append(xml(classId(c.name()))).append("\">\n");
            data(g, "label", simpleName(c.name()));
            data(g, "kind", "class");
            data(g, "module", c.module());
            data(g, "role", c.role());
            data(g, "margin", num(c.margin()));
            g.append("    </node>\n");
        }
        int edge = 0;
        for (Module m : p.modules()) {
            for (ModuleDependency d : m.outgoing()) {
                g.append("    <edge id=\"e")
                        .append(edge++)
                        .append("\" source=\"")
                        .append(xml(moduleId(d.from())))
                        .append("\" target=\"")
                        .append(xml(moduleId(d.to())))
                        .append("\">\n");
                data(g, "kind", "dependency");
                data(g, "weight", num(d.total()));
                data(g, "syncCalls", num(d.syncCalls()));
                data(g, "events", num(d.events()));
                data(g, "structural", num(d.structural()));
                data(g, "data", num(d.data()));
                data(g, "runtimeCalls", num(d.runtimeCalls()));
                g.append("    </edge>\n");
            }
        }
        Set<String> ties = new HashSet<>();
        for (ClassPlacement c : p.classes()) {
            for (ClassPlacement.Tie t : c.ties()) {
                String a = c.name().compareTo(t.other()) <= 0 ? c.name() : t.other();
                String b = a.equals(c.name()) ? t.other() : c.name();
                if (!placed.contains(t.other()) || !ties.add(a + "\u0000" + b)) {
                    continue;
                }
                g.append("    <edge id=\"e")
                        .append(edge++)
                        .append("\" source=\"")
                        .append(xml(classId(a)))
                        .append("\" target=\"")
                        .append(xml(classId(b)))
                        .append("\" directed=\"false\">\n");
                data(g, "kind", "tie");
                data(g, "weight", num(t.weight()));
                g.append("    </edge>\n");
            }
        }
        return g.append("  </graph>\n</graphml>\n").toString();
    }

    private static void data(StringBuilder g, String key, String value) {
        g.append("      <data key=\"")
                .append(key)
                .append("\">")
                .append(xml(value))
                .append("</data>\n");
    }

    private static String moduleId(String name) {
        return "module:" + name;
    }

    private static String classId(String name) {
        return "class:" + name;
    }
}
