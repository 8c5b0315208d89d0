package dev.autogen.core.database;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.InitialRows;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.sql.ControlCharacters;
import dev.autogen.core.sql.SqlLexer;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One database's SQL: identifier quoting, type rendering (exactly as Hibernate's dialect renders the same JDBC type and
 * size), and the DDL statements for each core {@link Operation}.
 */
public interface Dialect extends SchemaDialect {

    /**
     * This dialect, or its sibling for the server a connection actually reached, where a URL's scheme does not decide
     * it: the MariaDB driver serves {@code jdbc:mysql:} URLs to MariaDB and MySQL servers alike, and the application's
     * Hibernate picks its dialect from the server, not the URL. The default is this dialect.
     */
    default Dialect forServer(DatabaseMetaData server) throws SQLException {
        return this;
    }

    /**
     * The identifier as SQL: quoted only when it must be (a reserved word such as {@code user} or {@code order}, or
     * characters or case the database would otherwise change), with embedded quotes doubled.
     */
    String quote(String identifier);

    /**
     * A table's or sequence's name as SQL. A name with a dot is schema-qualified ({@link QualifiedName}:
     * {@code sales.orders}, what {@code --all-schemas} writes for a table outside the default schema) and each part is
     * {@link #quote}d on its own; any other name is quoted whole.
     */
    default String quoteQualified(String name) {
        QualifiedName qualified = QualifiedName.parse(name);
        return qualified.schema() == null ? quote(name) : quote(qualified.schema()) + "." + quote(qualified.name());
    }

    /**
     * {@link #quote} as every dialect does it: a name marked quoted ({@code `MixedCase`}) quoted exactly; otherwise
     * bare where {@code bare} accepts it (a plain name that is no key word), else quoted as written.
     *
     * @param quote the dialect's identifier quote ({@code "} or {@code `}), doubled inside
     */
    static String quoteName(String identifier, java.util.function.Predicate<String> bare, char quote) {
        ControlCharacters.requireNoneInIdentifier(identifier);
        if (dev.autogen.core.model.Identifiers.isQuoted(identifier)) {
            identifier = dev.autogen.core.model.Identifiers.text(identifier);
        } else if (bare.test(identifier)) {
            return identifier;
        }
        String q = String.valueOf(quote);
        return q + identifier.replace(q, q + q) + q;
    }

    /**
     * {@link #storedName} where unquoted names fold: a quoted name's text, a plain one ({@code plain}) folded, any other
     * as written (it is quoted).
     */
    static String storedName(
            String name, java.util.function.Predicate<String> plain, java.util.function.UnaryOperator<String> fold) {
        if (dev.autogen.core.model.Identifiers.isQuoted(name)) {
            return dev.autogen.core.model.Identifiers.text(name);
        }
        String folded = fold.apply(name);
        // already in the folded case (the usual name, and the diff asks for every one): stored as written either way
        return folded.equals(name) || !plain.test(name) ? name : folded;
    }

    /**
     * An identifier of a condition as Hibernate writes it: in lower case without quotes where that names the same
     * column on this database ({@code "STATUS"} on H2, {@code `type`} on MariaDB), else quoted as this database
     * quotes it. For {@link #portableCheck}.
     */
    default String conditionName(String name, boolean quoted) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!quoted || (quote(lower).equals(lower) && foldIdentifier(lower).equals(name))) {
            return quoted ? lower : name;
        }
        return quote(dev.autogen.core.model.Identifiers.quoted(name));
    }

    /**
     * How this database quotes and comments SQL text, for {@link SqlLexer}: the default is standard SQL
     * ({@code '...'} strings, {@code "..."} names, {@code --} and block comments).
     */
    default SqlLexer.Rules lexerRules() {
        return SqlLexer.Rules.STANDARD;
    }

    /**
     * A string literal: {@code O'Brien} becomes {@code 'O''Brien'}. NUL is refused ({@link ControlCharacters}); other
     * control characters are written as they are, which a dialect whose client reads them otherwise must override.
     */
    default String quoteLiteral(String value) {
        return "'" + ControlCharacters.requireNoNul(value).replace("'", "''") + "'";
    }

    /**
     * {@code insert into t (a, b) values ('x', 1)} for each of the table's initial rows ({@link Table#initialRows}),
     * strings through {@link #quoteLiteral}; none when it has none.
     */
    default List<String> initialRowInserts(Table table) {
        InitialRows rows = table.initialRows();
        if (rows == null) {
            return List.of();
        }
        String columns = rows.columns().stream().map(this::quote).collect(Collectors.joining(", "));
        List<String> out = new ArrayList<>();
        for (List<String> row : rows.rows()) {
            String values = row.stream()
                    .map(literal -> InitialRows.isNull(literal)
                            ? "null"
                            : InitialRows.isString(literal)
                                    ? quoteLiteral((String) InitialRows.value(literal))
                                    : literal)
                    .collect(Collectors.joining(", "));
            out.add("insert into " + quoteQualified(table.name()) + " (" + columns + ") values (" + values + ")");
        }
        return out;
    }

    /** The type as this database's Hibernate dialect renders it; {@link ColumnType#raw} verbatim. */
    String renderType(ColumnType type);

    /** Whether DDL statements take part in transactions (so a failed migration rolls back completely). */
    boolean supportsTransactionalDdl();

    /**
     * The SQL statements that perform {@code op}, in order.
     *
     * @param current the current definitions of the tables involved; dialects that must rebuild a table to make a
     *     change (SQLite) need the live definition, others ignore it
     * @throws IllegalStateException when the change needs a table definition that {@code current} does not have
     */
    List<String> statements(Operation op, TableLookup current);

    /** {@link #statements(Operation, TableLookup)} without knowledge of the current schema. */
    default List<String> statements(Operation op) {
        return statements(op, TableLookup.none());
    }

    /**
     * Prepares {@code connection} for one migration transaction. Call it with auto-commit on, before the transaction
     * begins; see {@link MigrationSession} for the rest. The default needs nothing. SQLite switches
     * {@code PRAGMA foreign_keys} off for the transaction (table rebuilds need it off, and it cannot change inside a
     * transaction), checks every foreign key before commit, and switches it back on when closed. MariaDB and MySQL
     * run the migration in a strict {@code sql_mode} with {@code utf8mb4}, fail on any warning from a generated
     * statement, and put the connection's own settings back when closed.
     */
    default MigrationSession openSession(Connection connection) throws SQLException {
        return MigrationSession.NONE;
    }

    /**
     * Takes the lock that keeps concurrent migration runs on this database apart, waiting up to {@code timeout} for
     * another run to release it; a runner holds it for a whole command that writes. Call it with auto-commit on. The
     * lock is per version table in the connection's current schema, and ends with the connection if it is never
     * released. PostgreSQL takes a session-level advisory lock; MySQL and MariaDB would use {@code GET_LOCK}. Databases
     * that lock whole files (SQLite) return a lock that only makes each migration transaction wait up to
     * {@code timeout} for the others ({@link MigrationSession#begin}); the runner reads the version table again inside
     * each transaction, so nothing runs twice. The default holds nothing.
     *
     * @param name the version table's name, which the lock is for
     * @throws java.sql.SQLTimeoutException when another run held the lock for longer than {@code timeout}
     */
    default MigrationLock lock(Connection connection, String name, Duration timeout) throws SQLException {
        return MigrationLock.NONE;
    }

    /** How an offline SQL script frames its transactions: {@code BEGIN} and {@code COMMIT} by default. */
    default ScriptFrame scriptFrame() {
        return ScriptFrame.STANDARD;
    }

    /** Whether this database has online forms of some changes ({@link #onlineForm}); the default has none. */
    default boolean hasOnlineForms() {
        return false;
    }

    /** The database's name for people: {@code PostgreSQL}, {@code MariaDB}. The default is {@link #name()}. */
    default String productName() {
        return name();
    }

    /**
     * How this database makes {@code op} on a table that already holds rows without blocking writes to it, for
     * {@code op.online()}; empty where the plain form ({@link #statements}) blocks writes only for a moment, or where
     * the database has no other form ({@link #blocksWrites} then says why). The default has none.
     */
    default java.util.Optional<OnlineForm> onlineForm(Operation op, TableLookup current) {
        return java.util.Optional.empty();
    }

    /**
     * Why {@code op}, on a table that holds rows, blocks writes to it for as long as the table is scanned, rewritten or
     * copied: in its online form ({@link #onlineForm}) when {@code online}, else in its plain form. Empty when it
     * blocks writes only for a moment, or where writers wait for whole transactions anyway (SQLite, H2, the
     * default).
     */
    default java.util.Optional<WriteBlock> blocksWrites(Operation op, boolean online) {
        return java.util.Optional.empty();
    }

    /**
     * Performs {@code op} in its online form ({@link #onlineForm}), or, where there is none, as {@link #apply} does.
     */
    default void applyOnline(Operation op, Connection connection, SqlSink sink) throws SQLException {
        java.util.Optional<OnlineForm> form = onlineForm(op, TableLookup.none());
        if (form.isEmpty()) {
            apply(op, connection, sink);
        } else {
            form.get().runOn(sink);
        }
    }

    /**
     * Performs {@code op}: renders its statements (reading what it needs from {@code connection}) and passes each to
     * {@code sink}. Never commits. The default renders without the current schema; dialects that rebuild tables read the
     * live definition and check integrity afterwards.
     *
     * @param connection the database the statements are for, or null to render without one
     */
    default void apply(Operation op, Connection connection, SqlSink sink) throws SQLException {
        for (String sql : statements(op)) {
            sink.run(sql);
        }
    }
}
