package dev.carve.analyzer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Best-effort reading of Gradle build scripts (Groovy or Kotlin DSL) without running Gradle: the modules a settings
 * file includes and the {@code sourceSets} source folders a build file declares. Scripts that compute their layout
 * at configuration time are not understood; the conventional folders are used then.
 */
final class GradleBuild {
    private GradleBuild() {}

    /** Module paths ({@code :a:b} becomes {@code a/b}) included by a settings file. */
    static List<String> includedModules(Path settings) {
        List<String> modules = new ArrayList<>();
        List<Token> tokens = tokens(read(settings));
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("include")) {
                for (int j = i + 1; j < tokens.size() && tokens.get(j).line == tokens.get(i).line; j++) {
                    if (tokens.get(j).string) {
                        String path = tokens.get(j).text.replaceFirst("^:", "").replace(':', '/');
                        if (!path.isEmpty()) {
                            modules.add(path);
                        }
                    }
                }
            }
        }
        return modules;
    }

    /** Source folders declared for the main ({@code test == false}) or test source set, relative to the module. */
    static List<String> sourceDirs(Path buildFile, boolean test) {
        List<String> dirs = new ArrayList<>();
        List<Token> tokens = tokens(read(buildFile));
        Deque<String> blocks = new ArrayDeque<>();
        String lastWord = "";
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("{")) {
                blocks.push(lastWord);
            } else if (t.is("}")) {
                if (!blocks.isEmpty()) {
                    blocks.pop();
                }
            } else if (t.is("srcDir") || t.is("srcDirs") || t.text.endsWith(".srcDir") || t.text.endsWith(".srcDirs")) {
                String context = String.join(".", blocks) + "." + t.text;
                boolean isTest = context.contains("test");
                boolean isJava = context.contains("java") && !context.contains("resources");
                if (isTest == test && isJava) {
                    for (int j = i + 1; j < tokens.size() && tokens.get(j).line == t.line; j++) {
                        if (tokens.get(j).string) {
                            dirs.add(tokens.get(j).text);
                        }
                    }
                }
            }
            if (!t.string && !t.is("{") && !t.is("}")) {
                lastWord = t.text;
            }
        }
        return dirs;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private record Token(String text, boolean string, int line) {
        boolean is(String s) {
            return !string && text.equals(s);
        }
    }

    /** Words, quoted strings and braces; comments dropped. */
    private static List<Token> tokens(String script) {
        List<Token> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '/') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                line += (int) script.substring(i, stop)
                        .chars()
                        .filter(ch -> ch == '\n')
                        .count();
                i = stop;
            } else if (c == '\'' || c == '"') {
                int end = script.indexOf(c, i + 1);
                if (end < 0) {
                    break;
                }
                out.add(new Token(script.substring(i + 1, end), true, line));
                i = end + 1;
            } else if (c == '{' || c == '}') {
                out.add(new Token(String.valueOf(c), false, line));
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && (Character.isJavaIdentifierPart(script.charAt(i)) || script.charAt(i) == '.')) {
                    i++;
                }
                out.add(new Token(script.substring(start, i), false, line));
            } else {
                i++;
            }
        }
        return out;
    }
}
