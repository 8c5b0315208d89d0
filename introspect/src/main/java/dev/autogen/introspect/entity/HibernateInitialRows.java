package dev.autogen.introspect.entity;

import dev.autogen.core.model.InitialRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** Reads the few tokens such an insert has; each method skips leading white space and returns null/false on a mismatch. */
    private static final class Scanner {
        private final String text;
        private int at;

        Scanner(String text) {
            this.text = text;
        }

        boolean atEnd() {
            skipSpace();
            return at == text.length();
        }

        boolean symbol(char c) {
            skipSpace();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        boolean keyword(String word) {
            skipSpace();
            int end = at + word.length();
            if (end <= text.length() && text.substring(at, end).toLowerCase(Locale.ROOT).equals(word)
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                at = end;
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
            } while (at < text.length() && text.charAt(at) == '.' && ++at > 0);
            return name.toString();
        }

        private String identifierPart() {
            if (at >= text.length()) {
                return null;
            }
            char open = text.charAt(at);
            char close = open == '"' ? '"' : open == '`' ? '`' : open == '[' ? ']' : 0;
            if (close != 0) {
                int end = text.indexOf(close, at + 1);
                if (end < 0) {
                    return null;
                }
                String part = text.substring(at + 1, end);
                at = end + 1;
                return part;
            }
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
                    || text.charAt(at) == '$')) {
                at++;
            }
            return at > start ? text.substring(start, at) : null;
        }

        /** An integer, a single-quoted string (quotes doubled inside) or {@code null}, as written. */
        String literal() {
            skipSpace();
            if (keyword("null")) {
                return "null";
            }
            int start = at;
            if (at < text.length() && text.charAt(at) == '\'') {
                at++;
                while (at < text.length()) {
                    if (text.charAt(at) == '\'') {
                        if (at + 1 < text.length() && text.charAt(at + 1) == '\'') {
                            at += 2;
                            continue;
                        }
                        at++;
                        return text.substring(start, at);
                    }
                    at++;
                }
                return null;
            }
            if (at < text.length() && text.charAt(at) == '-') {
                at++;
            }
            int digits = at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            return at > digits ? text.substring(start, at) : null;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
