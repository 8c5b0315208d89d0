package dev.autogen.core.ddl;

import dev.autogen.core.model.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The native enum type text of MariaDB, MySQL and H2, {@code enum ('A','B')}, as Hibernate's dialects for them render
 * {@code @Enumerated(STRING)}, and its values.
 */
public final class EnumTypes {

    private EnumTypes() {}

    /**
     * {@code enum ('A','B')}: the values quoted and sorted, as Hibernate 7 writes them (so that reordering the Java
     * enum's constants leaves the column as it is); a type's own order is its constants' ordinal order.
     */
    public static String render(ColumnType type) {
        List<String> quoted = type.values().stream().sorted().map(v -> "'" + v.replace("'", "''") + "'").toList();
        return "enum (" + String.join(",", quoted) + ")";
    }

    /** The type of {@code enum('A', 'B')} text, or null when the text is not an enum type. */
    public static ColumnType parse(String typeText) {
        List<String> quoted = quotedValues(typeText);
        if (quoted == null || quoted.isEmpty()) {
            return null;
        }
        return ColumnType.enumOf(quoted.stream().map(v -> v.substring(1, v.length() - 1).replace("''", "'")).toList());
    }

    /**
     * The values of an {@code enum ('A', 'B')} type as quoted literals ({@code 'A'}, {@code 'B'}, case kept), or null
     * when the text is not an enum type.
     */
    public static List<String> quotedValues(String typeText) {
        String s = typeText.trim();
        if (s.length() < 5 || !s.substring(0, 4).toLowerCase(Locale.ROOT).equals("enum")) {
            return null;
        }
        int i = 4;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i >= s.length() || s.charAt(i) != '(' || s.charAt(s.length() - 1) != ')') {
            return null;
        }
        List<String> values = new ArrayList<>();
        i++;
        int end = s.length() - 1;
        while (true) {
            while (i < end && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= end || s.charAt(i) != '\'') {
                return null;
            }
            int start = i++;
            while (i < end) {
                if (s.charAt(i) == '\'') {
                    if (i + 1 < end && s.charAt(i + 1) == '\'') {
                        i += 2;
                        continue;
                    }
                    break;
                }
                i++;
            }
            if (i >= end) {
                return null;
            }
            values.add(s.substring(start, ++i));
            while (i < end && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i == end) {
                return values;
            }
            if (s.charAt(i) != ',') {
                return null;
            }
            i++;
        }
    }
}
