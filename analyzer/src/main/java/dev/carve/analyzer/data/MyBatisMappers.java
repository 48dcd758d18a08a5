package dev.carve.analyzer.data;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TableAccess;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A MyBatis XML mapper: each select/insert/update/delete becomes table accesses of the mapper type (the
 * {@code namespace}) with the statement id as member. Dynamic SQL is flattened: every {@code <if>} taken, the first
 * {@code <when>} of a {@code <choose>}, {@code <where>}/{@code <set>}/{@code <trim>} rendered, {@code <include>}
 * expanded; {@code #{x}} becomes a parameter.
 */
final class MyBatisMappers {
    private static final Set<String> STATEMENTS = Set.of("select", "insert", "update", "delete");

    private MyBatisMappers() {}

    static void read(Element mapper, String file, CodeGraph.Builder out) {
        String namespace = mapper.getAttribute("namespace").trim();
        if (namespace.isEmpty()) {
            return;
        }
        Map<String, Element> fragments = new HashMap<>();
        for (Element e : Xml.children(mapper)) {
            if (Xml.name(e).equals("sql")) {
                fragments.put(e.getAttribute("id"), e);
            }
        }
        for (Element e : Xml.children(mapper)) {
            if (!STATEMENTS.contains(Xml.name(e))) {
                continue;
            }
            String sql = render(e, fragments, 0).replaceAll("\\s+", " ").strip();
            SourceLocation at = SourceLocation.of(file, lineOf(e));
            SqlFacts facts = SqlStatements.sql(sql);
            if (!facts.understood()) {
                out.problem(new AnalysisProblem(
                        ProblemKind.UNSUPPORTED_SQL,
                        "MyBatis statement " + namespace + "." + e.getAttribute("id") + ": " + facts.error(),
                        at));
                continue;
            }
            String member = e.getAttribute("id");
            facts.reads()
                    .forEach(t -> out.tableAccess(
                            new TableAccess(namespace, t, AccessKind.READ, AccessVia.MYBATIS, 1, at, member)));
            facts.writes()
                    .forEach(t -> out.tableAccess(
                            new TableAccess(namespace, t, AccessKind.WRITE, AccessVia.MYBATIS, 1, at, member)));
        }
    }

    private static int lineOf(Element e) {
        Object line = e.getUserData("line");
        return line instanceof Integer i ? i : 0;
    }

    private static String render(Element e, Map<String, Element> fragments, int depth) {
        StringBuilder out = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(parameters(n.getNodeValue()));
            } else if (n instanceof Element child) {
                out.append(' ').append(element(child, fragments, depth)).append(' ');
            }
        }
        return out.toString();
    }

    private static String element(Element e, Map<String, Element> fragments, int depth) {
        if (depth > 10) {
            return "";
        }
        String inner = render(e, fragments, depth + 1).strip();
        return switch (Xml.name(e)) {
            case "where" -> inner.isEmpty() ? "" : " WHERE " + inner.replaceFirst("(?i)^(and|or)\\s+", "");
            case "set" -> " SET " + inner.replaceFirst(",\\s*$", "");
            case "trim" ->
                " " + e.getAttribute("prefix") + " "
                        + inner.replaceFirst("(?i)^(and|or|,)\\s*", "").replaceFirst(",\\s*$", "") + " "
                        + e.getAttribute("suffix");
            case "foreach" -> e.getAttribute("open") + " ? " + e.getAttribute("close");
            case "choose" ->
                Xml.children(e).stream()
                        .findFirst()
                        .map(first -> render(first, fragments, depth + 1))
                        .orElse("");
            case "include" -> {
                Element fragment = fragments.get(e.getAttribute("refid"));
                yield fragment == null ? "" : render(fragment, fragments, depth + 1);
            }
            case "bind", "selectKey" -> "";
            default -> inner;
        };
    }

    private static String parameters(String text) {
        return text.replaceAll("#\\{[^}]*}", "?").replaceAll("\\$\\{[^}]*}", "1");
    }
}
