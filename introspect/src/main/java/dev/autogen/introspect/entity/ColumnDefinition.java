package dev.autogen.introspect.entity;

import dev.autogen.core.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code columnDefinition} split the way the database reads it: the type, then the clauses Hibernate writes after it
 * verbatim. {@code "varchar(64) default 'x' not null"} is the type {@code varchar(64)}, the default {@code 'x'} and
 * NOT NULL; the database reports them apart, so they are compared apart.
 *
 * @param type the type text: everything before the first clause key word
 * @param serverDefault the {@code default} expression, or null
 * @param notNull whether the definition says {@code not null}
 */
record ColumnDefinition(String type, String serverDefault, boolean notNull) {

    /** Words that end the type and start a column clause. */
    private static final Set<String> CLAUSES = Set.of(
            "default",
            "not",
            "null",
            "constraint",
            "check",
            "unique",
            "primary",
            "references",
            "generated",
            "collate",
            "as",
            "comment",
            "auto_increment",
            "identity",
            "on");

    static ColumnDefinition parse(String definition) {
        List<String> words = topLevelWords(definition.trim());
        int i = 0;
        StringBuilder type = new StringBuilder();
        while (i < words.size() && !CLAUSES.contains(lower(words.get(i)))) {
            type.append(type.isEmpty() ? "" : " ").append(words.get(i++));
        }
        String serverDefault = null;
        boolean notNull = false;
        while (i < words.size()) {
            String word = lower(words.get(i));
            if (word.equals("default")) {
                StringBuilder expression = new StringBuilder();
                i++;
                while (i < words.size() && !CLAUSES.contains(lower(words.get(i)))) {
                    expression.append(expression.isEmpty() ? "" : " ").append(words.get(i++));
                }
                serverDefault = expression.isEmpty() ? null : expression.toString();
                continue;
            }
            if (word.equals("not")
                    && i + 1 < words.size()
                    && lower(words.get(i + 1)).equals("null")) {
                notNull = true;
                i += 2;
                continue;
            }
            i++;
        }
        return new ColumnDefinition(type.isEmpty() ? definition.trim() : type.toString(), serverDefault, notNull);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The quoting of a column definition for any database: {@code '...'} strings, {@code "x"} and {@code `x`} names. */
    private static final SqlLexer.Rules RULES =
            SqlLexer.Rules.STANDARD.withIdentifierQuotes("\"`").withoutComments();

    /** The text split at white space outside quotes and parentheses: {@code numeric(10, 2)} stays one word. */
    private static List<String> topLevelWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int depth = 0;
        for (SqlLexer.Token t : SqlLexer.tokens(text, RULES)) {
            if (t.isSymbol('(')) {
                depth++;
            } else if (t.isSymbol(')')) {
                depth--;
            } else if (t.kind() == SqlLexer.Kind.WHITESPACE && depth == 0) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            word.append(t.text());
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
