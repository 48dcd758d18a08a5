package dev.carve.analyzer.data;

import java.util.Locale;

/** One spelling for table names across DDL, SQL, JPA and runtime: unquoted, lower case, no default schema. */
public final class TableNames {
    private TableNames() {}

    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : raw.trim().toCharArray()) {
            if (c != '"' && c != '`' && c != '[' && c != ']') {
                out.append(c);
            }
        }
        String name = out.toString().toLowerCase(Locale.ROOT);
        for (String schema : new String[] {"public.", "dbo."}) {
            if (name.startsWith(schema)) {
                name = name.substring(schema.length());
            }
        }
        return name;
    }

    /** JPA's default physical naming (Spring Boot): {@code OrderLine} becomes {@code order_line}. */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)
                    && i > 0
                    && (Character.isLowerCase(name.charAt(i - 1))
                            || Character.isDigit(name.charAt(i - 1))
                            || (i + 1 < name.length()
                                    && Character.isLowerCase(name.charAt(i + 1))
                                    && Character.isUpperCase(name.charAt(i - 1))))) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().replace('.', '_');
    }
}
