package dev.autogen.databases.postgresql;

import dev.autogen.core.database.MigrationSession;
import dev.autogen.core.sql.SqlLexer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL's migration session: plain JDBC transactions, and what the runner asks about single statements. Some
 * cannot run inside a transaction block ({@code CREATE INDEX CONCURRENTLY}, {@code VACUUM}, ...); a statement an
 * interrupted run left in doubt shows it had completed when running it again finds its object there already (or gone).
 */
final class PostgresSession implements MigrationSession {

    static final PostgresSession INSTANCE = new PostgresSession();

    /**
     * SQLSTATEs of running again a statement that had completed: duplicate_table (a relation, an index among them),
     * duplicate_column, duplicate_object (a constraint), duplicate_schema, undefined_table, undefined_column,
     * undefined_object.
     */
    private static final Set<String> ALREADY_DONE =
            Set.of("42P07", "42701", "42710", "42P06", "42P01", "42703", "42704");

    private static final SqlLexer.Rules RULES = SqlLexer.Rules.STANDARD.withPostgresStrings();

    private PostgresSession() {}

    @Override
    public boolean runsOutsideTransaction(String sql) {
        List<String> w = firstWords(sql, 4);
        String first = word(w, 0);
        String second = word(w, 1);
        return switch (first) {
            case "vacuum" -> true;
            case "create" ->
                second.equals("database")
                        || second.equals("tablespace")
                        || second.equals("index") && word(w, 2).equals("concurrently")
                        || second.equals("unique")
                                && word(w, 2).equals("index")
                                && word(w, 3).equals("concurrently");
            case "drop" ->
                second.equals("database")
                        || second.equals("tablespace")
                        || second.equals("index") && word(w, 2).equals("concurrently");
            case "reindex" ->
                second.equals("database")
                        || second.equals("system")
                        || word(w, 2).equals("concurrently");
            case "alter" -> second.equals("system");
            default -> false;
        };
    }

    private static String word(List<String> words, int k) {
        return k < words.size() ? words.get(k) : "";
    }

    @Override
    public boolean showsAlreadyDone(SQLException failure) {
        return failure.getSQLState() != null && ALREADY_DONE.contains(failure.getSQLState());
    }

    @Override
    public void beforeCommit() {}

    @Override
    public void close() {}

    /**
     * The first {@code n} words (lower-cased) of a statement, after white space and comments; an option list in
     * parentheses right after the first word ({@code REINDEX (VERBOSE) INDEX ...}) is passed over, and anything else
     * ends the words.
     */
    private static List<String> firstWords(String sql, int n) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int depth = 0;
        while (i < sql.length() && words.size() < n) {
            SqlLexer.Token t = SqlLexer.tokenAt(sql, i, RULES);
            i = t.end();
            if (t.isBlank()) {
                continue;
            }
            if (depth > 0) {
                depth += "(".equals(t.text()) ? 1 : ")".equals(t.text()) ? -1 : 0;
            } else if (t.kind() == SqlLexer.Kind.WORD) {
                words.add(t.text().toLowerCase(Locale.ROOT));
            } else if ("(".equals(t.text()) && words.size() == 1) {
                depth = 1;
            } else {
                break;
            }
        }
        return words;
    }
}
