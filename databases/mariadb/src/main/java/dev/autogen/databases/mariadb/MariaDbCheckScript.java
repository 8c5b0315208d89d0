package dev.autogen.databases.mariadb;

import dev.autogen.core.database.TableLookup;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.Identifiers;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.model.Table;
import dev.autogen.core.sql.SqlLexer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Drops an unnamed check in an offline script for MariaDB, where only the database knows the name it gave the check:
 * the script finds it in {@code information_schema.CHECK_CONSTRAINTS} when it runs and executes the statement that
 * drops it (a {@code PREPARE}d statement):
 *
 * <ul>
 *   <li>a check MariaDB keeps in a column's definition (named after the column, {@code LEVEL = 'Column'}) by
 *       redefining the column without it, {@code modify column}, its definition taken from the schema the operations
 *       so far describe;</li>
 *   <li>a table check ({@code CONSTRAINT_1}, as {@code alter table t add check (...)} names it) by
 *       {@code drop constraint} under the name found.</li>
 * </ul>
 *
 * The check is found by its condition: the server's text ({@code `kind` between 0 and 2}) compared with the
 * condition the model knows, both without quotes around names, spaces, parentheses and case. None found, or more than
 * one, stops the script with an error before anything is dropped.
 */
final class MariaDbCheckScript {

    /** The quoting of a condition the model knows: MariaDB's names, string literals in standard SQL. */
    private static final SqlLexer.Rules RULES = MariaDbDialect.LEXER_RULES.withBackslashEscapes(false);

    private static final String STATEMENT = "@autogen_drop_check";
    private static final String PREPARED = "autogen_drop_check";

    private final MariaDbDialect dialect;
    private final MariaDbDdl ddl;
    private final TableLookup model;

    MariaDbCheckScript(MariaDbDialect dialect, MariaDbDdl ddl, TableLookup model) {
        this.dialect = dialect;
        this.ddl = ddl;
        this.model = model;
    }

    /** The statements that find and drop the unnamed {@code check} of {@code table} when the script runs. */
    List<String> drop(String table, CheckConstraint check) {
        Optional<Table> known = model.table(table);
        String wanted = dialect.normalizeCheck(check.expression());
        Set<String> conditions = new LinkedHashSet<>();
        Set<String> columns = new LinkedHashSet<>();
        addCondition(conditions, check.expression());
        if (check.column() != null) {
            columns.add(check.column());
        }
        known.ifPresent(t -> t.checks().stream()
                .filter(c -> c.name() == null && wanted.equals(dialect.normalizeCheck(c.expression())))
                .forEach(c -> {
                    addCondition(conditions, c.expression());
                    if (c.column() != null) {
                        columns.add(c.column());
                    }
                }));

        // per column the model knows: its definition without the check
        Map<String, String> redefinitions = new LinkedHashMap<>();
        for (String column : columns) {
            known.flatMap(t -> t.columns().stream()
                            .filter(c -> sameName(c.name(), column))
                            .findFirst())
                    .ifPresent(c -> redefinitions.put(Identifiers.text(c.name()), redefinition(table, c)));
        }

        QualifiedName name = QualifiedName.parse(table);
        String notFound = signal("no unnamed check constraint with this condition on " + Identifiers.text(name.name()));
        StringBuilder choose = new StringBuilder("case when LEVEL = 'Table' then concat(")
                .append(dialect.quoteLiteral("alter table " + ddl.qualified(table) + " drop constraint `"))
                .append(", replace(CONSTRAINT_NAME, '`', '``'), '`')");
        redefinitions.forEach((column, sql) -> choose.append(" when CONSTRAINT_NAME = ")
                .append(dialect.quoteLiteral(column))
                .append(" then ")
                .append(dialect.quoteLiteral(sql)));
        choose.append(" else ")
                .append(dialect.quoteLiteral(signal("the unnamed check constraint on " + Identifiers.text(name.name())
                        + " is declared on a column the migrations do not describe")))
                .append(" end");

        List<String> normalized = conditions.stream()
                .map(c -> normalized(dialect.quoteLiteral(c)))
                .toList();
        String find = "select " + choose + " from information_schema.CHECK_CONSTRAINTS"
                + " where CONSTRAINT_SCHEMA = "
                + (name.schema() == null ? "database()" : dialect.quoteLiteral(Identifiers.text(name.schema())))
                + " and TABLE_NAME = " + dialect.quoteLiteral(Identifiers.text(name.name()))
                + " and " + normalized("CHECK_CLAUSE") + " in (" + String.join(", ", normalized) + ")";
        List<String> out = new ArrayList<>();
        out.add("set " + STATEMENT + " = coalesce((" + find + "), " + dialect.quoteLiteral(notFound) + ")");
        out.add("prepare " + PREPARED + " from " + STATEMENT);
        out.add("execute " + PREPARED);
        out.add("deallocate prepare " + PREPARED);
        return out;
    }

    /** {@code alter table t modify column c <definition>}: the column as the model has it, without a check. */
    private String redefinition(String table, Column column) {
        return "alter table " + ddl.qualified(table) + " modify column " + ddl.columnDefinition(column);
    }

    private boolean sameName(String a, String b) {
        return dialect.nameKey(a).equals(dialect.nameKey(b));
    }

    /**
     * The condition, in one line, and the forms MariaDB stores in its place: {@code <>} for {@code !=}, {@code c = 'x'}
     * for {@code c in ('x')}.
     */
    private static void addCondition(Set<String> conditions, String expression) {
        String line = expression.replaceAll("\\s+", " ").trim();
        conditions.add(line);
        conditions.add(line.replace("!=", "<>"));
        String single = singleIn(line);
        if (single != null) {
            conditions.add(single);
        }
    }

    /**
     * {@code c = 'x'} for {@code c in ('x')} with one value, as MariaDB stores it ({@code c} being anything up to the
     * first white space outside quotes); null for other conditions.
     */
    private static String singleIn(String line) {
        List<SqlLexer.Token> tokens = SqlLexer.tokens(line.strip(), RULES);
        StringBuilder operand = new StringBuilder();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).kind() != SqlLexer.Kind.WHITESPACE) {
            operand.append(tokens.get(i++).text());
        }
        List<SqlLexer.Token> rest = tokens.subList(i, tokens.size()).stream()
                .filter(t -> t.kind() != SqlLexer.Kind.WHITESPACE)
                .toList();
        if (operand.isEmpty()
                || rest.size() != 4
                || !rest.get(0).is("in")
                || !rest.get(1).isSymbol('(')
                || rest.get(2).kind() != SqlLexer.Kind.STRING
                || !rest.get(2).terminated()
                || !rest.get(3).isSymbol(')')) {
            return null;
        }
        return operand + " = " + rest.get(2).text();
    }

    /**
     * The SQL text {@code sql} compares as: without backticks, spaces and parentheses, lower case, a quote within a
     * literal written one way ({@code \'} as MariaDB prints it, {@code ''} as a migration writes it).
     */
    private static String normalized(String sql) {
        String s = "replace(replace(" + sql + ", '\\\\', ''), '''''', '''')";
        for (String removed : List.of("`", " ", "(", ")")) {
            s = "replace(" + s + ", '" + removed + "', '')";
        }
        return "lower(" + s + ")";
    }

    /** {@code signal sqlstate '45000' set message_text = '...'}: stops the script with {@code message}. */
    private String signal(String message) {
        return "signal sqlstate '45000' set message_text = " + dialect.quoteLiteral("autogen: " + message);
    }
}
