package dev.carve.analyzer.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits identifiers into words and tells domain words from technical ones. The technical list holds the generic
 * vocabulary of Java layers and frameworks (controller, service, dao, impl, ...), CRUD verbs and filler words; it names
 * roles, never a business concept, so it applies to any codebase.
 */
final class DomainTerms {
    static final Set<String> TECHNICAL = Set.copyOf(List.of(
            // layers and roles
            "controller",
            "controllers",
            "service",
            "services",
            "impl",
            "dao",
            "daos",
            "repository",
            "repositories",
            "repo",
            "manager",
            "mapper",
            "mappers",
            "action",
            "actions",
            "bean",
            "beans",
            "form",
            "forms",
            "rest",
            "resource",
            "resources",
            "entity",
            "entities",
            "dto",
            "dtos",
            "vo",
            "model",
            "models",
            "domain",
            "util",
            "utils",
            "utility",
            "utilities",
            "helper",
            "helpers",
            "handler",
            "handlers",
            "listener",
            "listeners",
            "config",
            "configuration",
            "factory",
            "provider",
            "abstract",
            "base",
            "default",
            "simple",
            "generic",
            "servlet",
            "servlets",
            "filter",
            "filters",
            "interceptor",
            "validator",
            "validation",
            "exception",
            "exceptions",
            "error",
            "api",
            "client",
            "server",
            "web",
            "view",
            "views",
            "page",
            "pages",
            "request",
            "response",
            "info",
            "data",
            "object",
            "type",
            "types",
            "sql",
            "jdbc",
            "jpa",
            "sqlmap",
            "hibernate",
            "mybatis",
            "ibatis",
            "spring",
            "job",
            "jobs",
            "task",
            "tasks",
            "scheduler",
            "scheduled",
            "endpoint",
            "facade",
            "adapter",
            "support",
            "context",
            "app",
            "application",
            "main",
            "bootstrap",
            "init",
            "constants",
            "constant",
            "interface",
            "common",
            "core",
            "shared",
            "internal",
            "persistence",
            "dal",
            "infrastructure",
            "infra",
            "integration",
            "ws",
            "websocket",
            "socket",
            "jaxrpc",
            "rpc",
            "soap",
            "http",
            "json",
            "xml",
            "advice",
            "aspect",
            "proxy",
            "wrapper",
            "holder",
            "builder",
            "converter",
            "serializer",
            "store",
            "cache",
            "test",
            "tests",
            "mock",
            "stub",
            "impls",
            "component",
            "components",
            "module",
            "modules",
            "dispatcher",
            "router",
            "routes",
            "route",
            "cookie",
            "logger",
            "log",
            "logging",
            "generator",
            "connection",
            "locator",
            "publisher",
            "subscriber",
            "consumer",
            "producer",
            "command",
            "query",
            "queries",
            "criteria",
            "spec",
            "specification",
            "result",
            "results",
            "params",
            "param",
            "parameters",
            "properties",
            "settings",
            "env",
            "environment",
            "runtime",
            // CRUD and UI verbs
            "get",
            "set",
            "list",
            "add",
            "remove",
            "update",
            "delete",
            "create",
            "new",
            "edit",
            "find",
            "search",
            "show",
            "view",
            "do",
            "process",
            "handle",
            "save",
            "load",
            "send",
            "insert",
            "select",
            "fetch",
            "submit",
            "confirm",
            "cancel",
            "check",
            "calc",
            "calculate",
            "compute",
            "build",
            "make",
            "run",
            "start",
            "stop",
            // filler
            "to",
            "from",
            "by",
            "of",
            "for",
            "and",
            "or",
            "the",
            "with",
            "on",
            "off",
            "in",
            "all",
            "my",
            "is",
            "at",
            "as",
            "per",
            "via",
            "no",
            "not",
            "one",
            "two"));

    private final Set<String> technical;

    DomainTerms(List<String> extraTechnical) {
        Set<String> all = new HashSet<>(TECHNICAL);
        extraTechnical.forEach(t -> all.add(t.toLowerCase(Locale.ROOT)));
        this.technical = all;
    }

    /** Lower-case words of an identifier (camel case, underscores, digits split), plurals folded. */
    static List<String> words(String identifier) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char[] cs = identifier.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            boolean boundary = !Character.isLetter(c)
                    || (Character.isUpperCase(c)
                            && word.length() > 0
                            && (Character.isLowerCase(cs[i - 1])
                                    || (i + 1 < cs.length && Character.isLowerCase(cs[i + 1]))));
            if (boundary && word.length() > 0) {
                out.add(fold(word.toString()));
                word.setLength(0);
            }
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            }
        }
        if (word.length() > 0) {
            out.add(fold(word.toString()));
        }
        return out;
    }

    /**
     * A light stem of a folded word, so that the words of one concept meet when names are compared: pricing and price →
     * pric, shipping and ship → ship, booking → book. Only for matching; names shown to people keep the folded word.
     */
    static String stem(String w) {
        String s = w;
        if (s.length() >= 6 && s.endsWith("ing")) {
            s = s.substring(0, s.length() - 3);
            int n = s.length();
            if (n >= 4 && s.charAt(n - 1) == s.charAt(n - 2) && "bdgmnprt".indexOf(s.charAt(n - 1)) >= 0) {
                s = s.substring(0, n - 1); // shipping → ship, mapping → map
            }
        }
        if (s.length() > 4 && s.endsWith("e") && !s.endsWith("ee")) {
            s = s.substring(0, s.length() - 1); // price → pric, like pricing
        }
        return s;
    }

    /** Folds simple English plurals: orders → order, categories → category, addresses → address. */
    static String fold(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    boolean isTechnical(String word) {
        return word.length() < 3 || technical.contains(word);
    }

    /** The domain words of a class's simple name (nested classes: every part). */
    List<String> domainWords(String simpleName) {
        return words(simpleName).stream().filter(w -> !isTechnical(w)).toList();
    }
}
