package dev.carve.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Escaping, identifiers and numbers for the text formats; every renderer formats the same way. */
public final class Text {
    private Text() {}

    /** A number with at most 3 decimals and no trailing zeros ({@code 3}, {@code 0.125}, {@code 1.5}). */
    public static String num(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        BigDecimal d =
                BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** XML text and attribute values. */
    public static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Markdown text: angle brackets shown literally (never raw HTML), line breaks flattened. */
    public static String md(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\r", "")
                .replace("\n", " ");
    }

    /** A Markdown table cell: {@link #md(String)} with pipes escaped. */
    public static String cell(String s) {
        return md(s).replace("|", "\\|");
    }

    /** A Markdown code span, also inside a table cell: backticks dropped, pipes escaped. */
    public static String code(String s) {
        return "`" + s.replace("`", "'").replace("|", "\\|").replace("\r", "").replace("\n", " ") + "`";
    }

    /** A double-quoted string literal for DSLs with backslash escapes (Structurizr, CML, PlantUML labels). */
    public static String quoted(String s) {
        return "\""
                + s.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\r", "")
                        .replace("\n", " ")
                + "\"";
    }

    /** An identifier of letters, digits and underscores, starting with a letter: {@code customer-account} → {@code customer_account}. */
    public static String identifier(String prefix, String name) {
        StringBuilder out = new StringBuilder(prefix);
        for (char c : name.toCharArray()) {
            out.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        return out.toString();
    }

    /** A PascalCase identifier: {@code customer-account} → {@code CustomerAccount}. */
    public static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
            out.insert(0, "M");
        }
        return out.toString();
    }

    /** The simple name of a binary class name: {@code com.acme.Order$Line} → {@code Order$Line}. */
    public static String simpleName(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(dot + 1);
    }

    /** "1 call", "3 calls", "2.5 calls". */
    public static String amount(double n, String singular, String plural) {
        return num(n) + " " + (n == 1 ? singular : plural);
    }

    /** "1 class", "3 classes". */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
