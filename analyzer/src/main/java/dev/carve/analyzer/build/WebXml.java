package dev.carve.analyzer.build;

import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.EntryPointKind;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Servlet entry points declared in {@code WEB-INF/web.xml} (servlet + servlet-mapping), best effort. */
public final class WebXml {
    private WebXml() {}

    public static CodeGraph read(List<Path> resources, ProjectLayout layout) {
        CodeGraph.Builder out = CodeGraph.builder();
        for (Path file : resources) {
            if (!file.getFileName().toString().equals("web.xml")) {
                continue;
            }
            String rel = layout.relative(file);
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                Element root = f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
                Map<String, String> classes = new HashMap<>();
                NodeList servlets = root.getElementsByTagName("servlet");
                for (int i = 0; i < servlets.getLength(); i++) {
                    Element s = (Element) servlets.item(i);
                    classes.put(text(s, "servlet-name"), text(s, "servlet-class"));
                }
                NodeList mappings = root.getElementsByTagName("servlet-mapping");
                for (int i = 0; i < mappings.getLength(); i++) {
                    Element m = (Element) mappings.item(i);
                    String type = classes.getOrDefault(text(m, "servlet-name"), "");
                    NodeList patterns = m.getElementsByTagName("url-pattern");
                    for (int j = 0; j < patterns.getLength(); j++) {
                        String pattern = patterns.item(j).getTextContent().trim();
                        out.entryPoint(new EntryPoint(
                                "SERVLET " + pattern,
                                EntryPointKind.SERVLET,
                                type,
                                "",
                                "*",
                                pattern,
                                SourceLocation.of(rel, 0)));
                    }
                }
            } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
                out.problem(new AnalysisProblem(
                        ProblemKind.UNREADABLE_FILE, "web.xml: " + e.getMessage(), SourceLocation.of(rel, 0)));
            }
        }
        return out.build();
    }

    private static String text(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        return list.getLength() == 0 ? "" : list.item(0).getTextContent().trim();
    }
}
