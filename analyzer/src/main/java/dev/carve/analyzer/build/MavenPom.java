package dev.carve.analyzer.build;

import dev.carve.analyzer.CarveException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The parts of a {@code pom.xml} that say where sources are and what the module depends on. Best effort. */
record MavenPom(
        Path file,
        String groupId,
        String artifactId,
        String version,
        String packaging,
        Map<String, String> properties,
        List<String> modules,
        List<String> sourceDirectories,
        List<String> testSourceDirectories,
        List<String> resourceDirectories,
        List<Coordinates> dependencies,
        Coordinates parent,
        String parentRelativePath) {

    /** A dependency or parent as written, before property interpolation. */
    record Coordinates(String groupId, String artifactId, String version, String scope, String type) {}

    static MavenPom read(Path file) {
        Element project;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            project = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw CarveException.badInput(file + ": not a readable pom.xml: " + e.getMessage()
                    + ". Fix the file, or analyze the source folder directly.");
        }
        Element build = child(project, "build");
        Coordinates parent = coordinates(child(project, "parent"));
        Map<String, String> properties = new LinkedHashMap<>();
        Element props = child(project, "properties");
        if (props != null) {
            for (Element p : children(props)) {
                properties.put(p.getTagName(), p.getTextContent().trim());
            }
        }
        List<String> sources = new ArrayList<>();
        List<String> testSources = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        if (build != null) {
            addText(sources, child(build, "sourceDirectory"));
            addText(testSources, child(build, "testSourceDirectory"));
            Element res = child(build, "resources");
            if (res != null) {
                children(res, "resource").forEach(r -> addText(resources, child(r, "directory")));
            }
            addBuildHelperSources(build, sources, testSources);
        }
        List<String> modules = new ArrayList<>();
        Element mods = child(project, "modules");
        if (mods != null) {
            children(mods, "module").forEach(m -> modules.add(m.getTextContent().trim()));
        }
        List<Coordinates> deps = new ArrayList<>();
        Element depsElement = child(project, "dependencies");
        if (depsElement != null) {
            children(depsElement, "dependency").forEach(d -> deps.add(coordinates(d)));
        }
        Element parentElement = child(project, "parent");
        String relativePath = parentElement == null ? "" : text(child(parentElement, "relativePath"));
        return new MavenPom(
                file,
                text(child(project, "groupId")).isEmpty() && parent != null
                        ? parent.groupId()
                        : text(child(project, "groupId")),
                text(child(project, "artifactId")),
                text(child(project, "version")).isEmpty() && parent != null
                        ? parent.version()
                        : text(child(project, "version")),
                text(child(project, "packaging")).isEmpty() ? "jar" : text(child(project, "packaging")),
                properties,
                modules,
                sources,
                testSources,
                resources,
                deps,
                parent,
                relativePath);
    }

    /** build-helper-maven-plugin's add-source / add-test-source executions. */
    private static void addBuildHelperSources(Element build, List<String> sources, List<String> testSources) {
        List<Element> plugins = new ArrayList<>();
        Element direct = child(build, "plugins");
        if (direct != null) {
            plugins.addAll(children(direct, "plugin"));
        }
        for (Element plugin : plugins) {
            if (!"build-helper-maven-plugin".equals(text(child(plugin, "artifactId")))) {
                continue;
            }
            Element executions = child(plugin, "executions");
            if (executions == null) {
                continue;
            }
            for (Element execution : children(executions, "execution")) {
                Element goals = child(execution, "goals");
                boolean test = goals != null
                        && children(goals, "goal").stream()
                                .anyMatch(g -> g.getTextContent().contains("test"));
                Element config = child(execution, "configuration");
                Element list = config == null ? null : child(config, "sources");
                if (list != null) {
                    children(list, "source").forEach(s -> addText(test ? testSources : sources, s));
                }
            }
        }
    }

    private static Coordinates coordinates(Element e) {
        if (e == null) {
            return null;
        }
        return new Coordinates(
                text(child(e, "groupId")),
                text(child(e, "artifactId")),
                text(child(e, "version")),
                text(child(e, "scope")),
                text(child(e, "type")));
    }

    private static void addText(List<String> into, Element e) {
        String t = text(e);
        if (!t.isEmpty()) {
            into.add(t);
        }
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().trim();
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> all = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                all.add(e);
            }
        }
        return all;
    }

    private static List<Element> children(Element parent, String name) {
        return children(parent).stream()
                .filter(e -> e.getTagName().equals(name))
                .toList();
    }

    /** Replaces {@code ${name}} with this pom's (and the given inherited) properties; unknown ones stay. */
    String interpolate(String value, Map<String, String> inherited) {
        if (value == null || !value.contains("${")) {
            return value;
        }
        String out = value;
        for (int i = 0; i < 5 && out.contains("${"); i++) {
            int start = out.indexOf("${");
            int end = out.indexOf('}', start);
            if (end < 0) {
                break;
            }
            String key = out.substring(start + 2, end);
            String replacement = switch (key) {
                case "project.version", "pom.version" -> version;
                case "project.groupId" -> groupId;
                case "project.basedir", "basedir" -> file.getParent().toString();
                case "project.build.directory" ->
                    file.getParent().resolve("target").toString();
                default -> properties.getOrDefault(key, inherited.get(key));
            };
            if (replacement == null) {
                break;
            }
            out = out.substring(0, start) + replacement + out.substring(end + 1);
        }
        return out;
    }
}
