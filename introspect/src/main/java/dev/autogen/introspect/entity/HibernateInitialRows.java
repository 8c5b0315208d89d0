package dev.autogen.introspect.entity;

import dev.autogen.core.model.InitialRows;
import dev.autogen.core.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.boot.model.relational.InitCommand;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.mapping.Table;

/**
 * The rows Hibernate's export inserts into a table right after creating it, read from the table's init commands:
 * {@code TableStructure} (a sequence emulated by a table, where the database has no sequences or the mapping asks for
 * a table) writes {@code insert into item_SEQ ( next_val ) values ( 1 )}, its initial value; a {@code TableGenerator}
 * writes {@code insert into id_blocks(block, next_id) values ('invoice',1000)}, one row per segment. Those are the
 * only init commands Hibernate creates; any other shape is refused rather than silently left out, since a table
 * without its row breaks the application's first insert.
 */
final class HibernateInitialRows {

    private HibernateInitialRows() {}

    /**
     * The table's initial rows, or null when it has none.
     *
     * @param columnName the stored name of the table's column that an init command names (as written there)
     */
    static InitialRows of(Table table, SqlStringGenerationContext context, Function<String, String> columnName) {
        List<String> columns = null;
        List<List<String>> rows = new ArrayList<>();
        for (InitCommand command : table.getInitCommands(context)) {
            for (String sql : command.initCommands()) {
                Insert insert = parse(sql);
                if (insert == null) {
                    throw new EntityReadException("Hibernate initialises table " + table.getName() + " with a statement"
                            + " autogen cannot carry into a migration: " + sql);
                }
                List<String> named = insert.columns().stream().map(columnName).toList();
                if (columns == null) {
                    columns = named;
                } else if (!columns.equals(named)) {
                    throw new EntityReadException("Hibernate initialises table " + table.getName()
                            + " with rows for different columns (" + columns + " and " + named + ")");
                }
                rows.add(insert.values());
            }
        }
        // generators register their rows in no stable order; the migration must come out the same every time
        rows.sort(java.util.Comparator.comparing(Object::toString));
        return columns == null ? null : new InitialRows(columns, rows);
    }

    /** One parsed {@code insert into t (columns) values (literals)}. */
    record Insert(List<String> columns, List<String> values) {}

    /** The insert, or null when the statement is not one of that shape with integer, string or null values. */
    static Insert parse(String sql) {
        Scanner s = new Scanner(sql.strip());
        if (!s.keyword("insert") || !s.keyword("into") || s.identifier() == null) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        if (!s.symbol('(')) {
            return null;
        }
        do {
            String column = s.identifier();
            if (column == null) {
                return null;
            }
            columns.add(column);
        } while (s.symbol(','));
        if (!s.symbol(')') || !s.keyword("values") || !s.symbol('(')) {
            return null;
        }
        List<String> values = new ArrayList<>();
        do {
            String literal = s.literal();
            if (literal == null) {
                return null;
            }
            values.add(literal);
        } while (s.symbol(','));
        if (!s.symbol(')') || !s.atEnd() || values.size() != columns.size()) {
            return null;
        }
        return new Insert(columns, values);
    }

    /** The quoting of Hibernate's SQL for any database: {@code '...'} strings; {@code "x"}, {@code `x`} and {@code [x]} names. */
    private static final SqlLexer.Rules RULES =
            SqlLexer.Rules.STANDARD.withIdentifierQuotes("\"`[").withoutComments();

    /** Reads the few tokens such an insert has; each method skips leading white space and returns null/false on a mismatch. */
    private static final class Scanner {
        private final List<SqlLexer.Token> tokens;
        private int at;

        Scanner(String text) {
            this.tokens = SqlLexer.tokens(text, RULES);
        }

        private SqlLexer.Token peek() {
            return at < tokens.size() ? tokens.get(at) : null;
        }

        boolean atEnd() {
            skipSpace();
            return at == tokens.size();
        }

        boolean symbol(char c) {
            skipSpace();
            if (peek() != null && peek().isSymbol(c)) {
                at++;
                return true;
            }
            return false;
        }

        boolean keyword(String word) {
            skipSpace();
            if (peek() != null && peek().is(word)) {
                at++;
                return true;
            }
            return false;
        }

        /** A name, possibly qualified ({@code a.b}), each part bare or quoted with {@code "}, {@code `} or {@code []}. */
        String identifier() {
            skipSpace();
            StringBuilder name = new StringBuilder();
            do {
                String part = identifierPart();
                if (part == null) {
                    return null;
                }
                name.append(name.isEmpty() ? "" : ".").append(part);
            } while (peek() != null && peek().isSymbol('.') && ++at > 0);
            return name.toString();
        }

        private String identifierPart() {
            SqlLexer.Token t = peek();
            if (t != null && t.kind() == SqlLexer.Kind.QUOTED && t.terminated()) {
                at++;
                return t.identifier();
            }
            if (t != null && t.kind() == SqlLexer.Kind.WORD) {
                at++;
                return t.text();
            }
            return null;
        }

        /** An integer, a single-quoted string (quotes doubled inside) or {@code null}, as written. */
        String literal() {
            skipSpace();
            if (keyword("null")) {
                return "null";
            }
            SqlLexer.Token t = peek();
            if (t != null && t.kind() == SqlLexer.Kind.STRING) {
                at++;
                return t.terminated() ? t.text() : null;
            }
            String sign = "";
            if (t != null && t.isSymbol('-')) {
                sign = "-";
                t = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
            }
            if (t == null
                    || t.kind() != SqlLexer.Kind.NUMBER
                    || !t.text().chars().allMatch(Character::isDigit)) {
                return null;
            }
            at += sign.length() + 1;
            return sign + t.text();
        }

        private void skipSpace() {
            while (at < tokens.size() && tokens.get(at).kind() == SqlLexer.Kind.WHITESPACE) {
                at++;
            }
        }
    }
}
