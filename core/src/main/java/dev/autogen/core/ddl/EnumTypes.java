package dev.autogen.core.ddl;

import dev.autogen.core.model.ColumnType;
import dev.autogen.core.sql.SqlLexer;
import dev.autogen.core.sql.SqlText;
import java.util.ArrayList;
import java.util.List;

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
        List<String> quoted = type.values().stream()
                .sorted()
                .map(v -> "'" + v.replace("'", "''") + "'")
                .toList();
        return "enum (" + String.join(",", quoted) + ")";
    }

    /** The type of {@code enum('A', 'B')} text, or null when the text is not an enum type. */
    public static ColumnType parse(String typeText) {
        List<String> quoted = quotedValues(typeText);
        if (quoted == null || quoted.isEmpty()) {
            return null;
        }
        return ColumnType.enumOf(quoted.stream()
                .map(v -> v.substring(1, v.length() - 1).replace("''", "'"))
                .toList());
    }

    /**
     * The values of an {@code enum ('A', 'B')} type as quoted literals ({@code 'A'}, {@code 'B'}, case kept), or null
     * when the text is not an enum type.
     */
    public static List<String> quotedValues(String typeText) {
        List<SqlLexer.Token> tokens = SqlLexer.significant(typeText.trim(), SqlText.RULES);
        if (tokens.size() < 4
                || !tokens.get(0).is("enum")
                || !tokens.get(1).isSymbol('(')
                || !tokens.get(tokens.size() - 1).isSymbol(')')) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 2; i < tokens.size() - 1; i += 2) {
            SqlLexer.Token value = tokens.get(i);
            if (value.kind() != SqlLexer.Kind.STRING || !value.terminated()) {
                return null;
            }
            values.add(value.text());
            SqlLexer.Token next = tokens.get(i + 1);
            if (i + 1 < tokens.size() - 1 && !next.isSymbol(',')) {
                return null;
            }
            if (i + 1 == tokens.size() - 1) {
                return values;
            }
        }
        return null;
    }
}
