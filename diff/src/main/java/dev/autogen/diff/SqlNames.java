package dev.autogen.diff;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.sql.SqlLexer;
import java.util.LinkedHashSet;
import java.util.Set;

/** The identifiers a SQL condition mentions, for naming what it constrains. */
final class SqlNames {

    /** The quoting of a condition from any database: {@code '...'} strings, {@code "x"} and {@code `x`} names. */
    private static final SqlLexer.Rules RULES =
            SqlLexer.Rules.STANDARD.withIdentifierQuotes("\"`").withoutComments();

    private SqlNames() {}

    /** Quoted identifiers as written, bare words as the dialect folds them; key words and functions included. */
    static Set<String> mentioned(String expression, SchemaDialect dialect) {
        Set<String> found = new LinkedHashSet<>();
        for (SqlLexer.Token t : SqlLexer.tokens(expression, RULES)) {
            if (t.kind() == SqlLexer.Kind.QUOTED && t.terminated()) {
                found.add(t.identifier());
            } else if (t.kind() == SqlLexer.Kind.WORD) {
                found.add(dialect.foldIdentifier(t.text()));
            }
        }
        return found;
    }
}
