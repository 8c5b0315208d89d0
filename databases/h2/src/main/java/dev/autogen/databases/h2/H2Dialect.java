package dev.autogen.databases.h2;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.MigrationLock;
import dev.autogen.core.database.MigrationSession;
import dev.autogen.core.database.SqlSink;
import dev.autogen.core.database.TableLookup;
import dev.autogen.core.ddl.EnumTypes;
import dev.autogen.core.ddl.PortableTypes;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.sql.SqlText;
import dev.autogen.core.sql.expr.SqlExpressions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * H2 2.x. Types render as Hibernate ORM 7.4.15's {@code H2Dialect} renders them for H2 2.3; unquoted identifiers fold
 * to upper case. A plain name (letters, digits and underscores, not a key word) is written unquoted, so a migration's
 * {@code users} or {@code Users} is the {@code USERS} that Hibernate's unquoted SQL finds, and such names compare
 * ignoring case; a quoted name ({@code `MixedCase`}, as Hibernate writes it) is quoted and keeps its case, as on
 * PostgreSQL, and key words and other names are quoted as written. H2 commits every DDL statement as it runs, so a migration
 * that fails halfway keeps what it did ({@link #supportsTransactionalDdl()} is false). Dropping a constraint H2 named
 * itself ({@code CONSTRAINT_xx}) reads its name from the database; an offline script finds an unnamed check's name
 * itself when it runs ({@code execute immediate}).
 */
public final class H2Dialect implements Dialect {

    public static final H2Dialect INSTANCE = new H2Dialect();

    /**
     * Hibernate's {@code H2Dialect.getMaxVarcharLength()} and {@code getMaxVarbinaryLength()}: longer strings render as
     * {@code clob} and {@code blob}.
     */
    public static final int MAX_VARCHAR_LENGTH = 1_048_576;

    /** H2 2.x's key words ({@code org.h2.util.ParserUtil}): they cannot be names unless quoted. */
    static final Set<String> KEYWORDS = Set.of(
            "ALL",
            "AND",
            "ANY",
            "ARRAY",
            "AS",
            "ASYMMETRIC",
            "AUTHORIZATION",
            "BETWEEN",
            "CASE",
            "CAST",
            "CHECK",
            "CONSTRAINT",
            "CROSS",
            "CURRENT_CATALOG",
            "CURRENT_DATE",
            "CURRENT_PATH",
            "CURRENT_ROLE",
            "CURRENT_SCHEMA",
            "CURRENT_TIME",
            "CURRENT_TIMESTAMP",
            "CURRENT_USER",
            "DAY",
            "DEFAULT",
            "DISTINCT",
            "ELSE",
            "END",
            "EXCEPT",
            "EXISTS",
            "FALSE",
            "FETCH",
            "FOR",
            "FOREIGN",
            "FROM",
            "FULL",
            "GROUP",
            "HAVING",
            "HOUR",
            "IF",
            "IN",
            "INNER",
            "INTERSECT",
            "INTERVAL",
            "IS",
            "JOIN",
            "KEY",
            "LEFT",
            "LIKE",
            "LIMIT",
            "LOCALTIME",
            "LOCALTIMESTAMP",
            "MINUS",
            "MINUTE",
            "MONTH",
            "NATURAL",
            "NOT",
            "NULL",
            "OFFSET",
            "ON",
            "OR",
            "ORDER",
            "PRIMARY",
            "QUALIFY",
            "RIGHT",
            "ROW",
            "ROWNUM",
            "SECOND",
            "SELECT",
            "SESSION_USER",
            "SET",
            "SOME",
            "SYMMETRIC",
            "SYSTEM_USER",
            "TABLE",
            "TO",
            "TRUE",
            "UESCAPE",
            "UNION",
            "UNIQUE",
            "UNKNOWN",
            "USER",
            "USING",
            "VALUE",
            "VALUES",
            "WHEN",
            "WHERE",
            "WINDOW",
            "WITH",
            "YEAR",
            "_ROWID_");

    /** What H2 reads unquoted, folding it to upper case: letters, digits and underscores. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Spellings of the same default, as H2 reports them: {@code now()} as {@code LOCALTIMESTAMP}, and so on. */
    private static final Map<String, String> DEFAULT_ALIASES = Map.of(
            "now()", "localtimestamp",
            "localtimestamp()", "localtimestamp",
            "current_timestamp()", "current_timestamp",
            "current_date()", "current_date",
            "curdate()", "current_date",
            "current_time()", "current_time");

    private H2Dialect() {}

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public String foldIdentifier(String identifier) {
        return identifier.toUpperCase(Locale.ROOT);
    }

    /**
     * The name H2 finds for {@code identifier} as {@link #quote} writes it, part by part: a quoted name
     * ({@code `MixedCase`}) as written, a plain unquoted one folded to upper case ({@code users}, {@code Users} and
     * {@code USERS} are one table; {@code `TESTentity`} and {@code TESTENTITY} are two).
     */
    @Override
    public String nameKey(String identifier) {
        return QualifiedName.mapParts(identifier, this::storedName);
    }

    /**
     * A quoted name's text ({@code `MixedCase`} is {@code MixedCase}); a plain unquoted name in upper case, as H2's
     * unquoted SQL stores it; any other name (a key word, a space) as written, since {@link #quote} quotes it.
     */
    @Override
    public String storedName(String name) {
        return Dialect.storedName(name, H2Dialect::plain, n -> n.toUpperCase(Locale.ROOT));
    }

    /**
     * A quoted name ({@code `MixedCase`}) quoted, keeping its case; a plain unquoted name (letters, digits and
     * underscores, no key word) unquoted, so that it names what Hibernate's unquoted SQL names ({@code Author} is
     * {@code AUTHOR}); a key word or other name quoted as written ({@code "ORDER"}, {@code "MY TABLE"}).
     */
    @Override
    public String quote(String identifier) {
        return Dialect.quoteName(identifier, H2Dialect::plain, '"');
    }

    /**
     * A name exactly as H2 stores it (read from its catalog): unquoted when that finds it ({@code CONSTRAINT_8}),
     * quoted otherwise ({@code "users"}, a table some earlier SQL created with a quoted lower-case name).
     */
    String quoteStored(String stored) {
        return quote(fromCatalog(stored));
    }

    private static boolean plain(String identifier) {
        return PLAIN.matcher(identifier).matches() && !KEYWORDS.contains(identifier.toUpperCase(Locale.ROOT));
    }

    /** H2 commits before and after every DDL statement, whatever the connection's auto-commit says. */
    @Override
    public boolean supportsTransactionalDdl() {
        return false;
    }

    /** Plain JDBC transactions; a DDL statement in doubt after a crash is known done by H2's error for it. */
    @Override
    public MigrationSession openSession(Connection connection) {
        return H2Session.INSTANCE;
    }

    @Override
    public String renderType(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "boolean";
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL -> "real";
            case DOUBLE -> "double precision";
            case FLOAT -> "float(" + PortableTypes.floatBits(type) + ")";
            case DECIMAL ->
                "decimal(" + PortableTypes.decimalPrecision(type) + "," + PortableTypes.decimalScale(type) + ")";
            case NUMERIC ->
                "numeric(" + PortableTypes.decimalPrecision(type) + "," + PortableTypes.decimalScale(type) + ")";
            case CHAR, NCHAR -> "char(" + PortableTypes.lengthOrDefault(type) + ")";
            case VARCHAR, NVARCHAR -> {
                int length = PortableTypes.lengthOrDefault(type);
                yield length <= MAX_VARCHAR_LENGTH ? "varchar(" + length + ")" : "clob";
            }
            case TEXT, CLOB, NCLOB -> "clob";
            case BINARY -> "binary(" + PortableTypes.lengthOrDefault(type) + ")";
            case VARBINARY -> {
                int length = PortableTypes.lengthOrDefault(type);
                yield length <= MAX_VARCHAR_LENGTH ? "varbinary(" + length + ")" : "blob";
            }
            case LONGVARBINARY, BLOB -> "blob";
            case DATE -> "date";
            case TIME -> "time(" + PortableTypes.fractionalPrecision(type) + ")";
            case TIME_WITH_TIME_ZONE -> "time(" + PortableTypes.fractionalPrecision(type) + ") with time zone";
            case TIMESTAMP -> "timestamp(" + PortableTypes.fractionalPrecision(type) + ")";
            case TIMESTAMP_WITH_TIME_ZONE ->
                "timestamp(" + PortableTypes.fractionalPrecision(type) + ") with time zone";
            case UUID -> "uuid";
            case JSON -> "json";
            case ENUM -> EnumTypes.render(type);
            case RAW -> type.sql();
        };
    }

    /**
     * Reads what H2 reports ({@code CHARACTER VARYING(255)}, {@code NUMERIC(10, 2)}, {@code TIMESTAMP(6) WITH TIME ZONE})
     * or what Hibernate renders as a portable type when one has the same canonical form; {@link ColumnType#raw}
     * otherwise ({@code CHARACTER VARYING(2000000)}, which no portable kind renders).
     */
    @Override
    public ColumnType parseType(String sqlType) {
        ColumnType enumType = EnumTypes.parse(sqlType);
        if (enumType != null) {
            return enumType;
        }
        String normalized = SqlText.normalizeType(sqlType);
        String canonical = H2Types.canonicalText(normalized);
        ColumnType parsed = H2Types.portable(canonical, SqlText.parseType(normalized));
        if (parsed == null || !canonicalType(parsed).equals(canonical)) {
            return ColumnType.raw(sqlType);
        }
        return parsed;
    }

    /** The data type as {@code INFORMATION_SCHEMA.COLUMNS} reports it, lower case; see {@link H2Types}. */
    @Override
    public String canonicalType(ColumnType type) {
        return H2Types.canonical(type.isRaw() ? type.sql() : renderType(type));
    }

    /**
     * Redundant parentheses removed, key words lower-cased outside quotes; {@code NULL} is no default, and
     * {@code now()} and {@code LOCALTIMESTAMP} (what H2 reports for it) compare equal.
     */
    @Override
    public String normalizeDefault(String expression) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        String s = SqlText.lowerOutsideQuotes(SqlText.stripOuterParens(expression));
        if (s.equals("null")) {
            return null;
        }
        return DEFAULT_ALIASES.getOrDefault(s, s);
    }

    /**
     * Hibernate's text and H2's rewriting of it ({@code "STATUS" IN('A', 'B')}, {@code ("A" > 0) AND ("B" < 9)},
     * {@code CHAR_LENGTH("NAME") > 0} for {@code length(name) > 0}) in one form ({@link SqlExpressions}): unquoted
     * identifiers folded to upper case, quoted ones as written, and {@code char_length} and {@code character_length}
     * read as {@code length}, which H2 takes for the same function.
     */
    @Override
    public String normalizeCheck(String expression) {
        return SqlExpressions.normalize(expression, this::foldIdentifier, quoted -> quoted, H2Dialect::function);
    }

    /** H2's quoted upper-case names written as Hibernate writes them: {@code (status in ('A', 'B'))}. */
    @Override
    public String portableCheck(String expression) {
        return SqlExpressions.portable(
                expression, name -> conditionName(name, false), name -> conditionName(name, true), H2Dialect::function);
    }

    private static String function(String name) {
        return switch (name) {
            case "char_length", "character_length" -> "length";
            default -> name;
        };
    }

    /**
     * A lock table next to the version table ({@code <version table>_LOCK}) that records the session holding it; see
     * {@link H2LockTable}.
     */
    @Override
    public MigrationLock lock(Connection connection, String name, Duration timeout) throws SQLException {
        return H2LockTable.take(connection, name, timeout);
    }

    /**
     * The table {@link #lock} creates while a run holds the lock ({@code AUTOGEN_VERSION_LOCK} for
     * {@code autogen_version}); it is no part of the application's schema.
     */
    public static String lockTableName(String versionTable) {
        return H2LockTable.tableName(versionTable);
    }

    @Override
    public List<String> statements(Operation op, TableLookup current) {
        return op.accept(new H2Ddl(this, H2Catalog.NONE, current));
    }

    /**
     * Performs {@code op}, reading from {@code connection} what H2 decided itself: the names of constraints the
     * operation leaves unnamed, the constraints and indexes a dropped column takes along, and the constraints that use
     * an index being dropped (they are dropped around it and created again, H2 then gives them an index of their own).
     */
    @Override
    public void apply(Operation op, Connection connection, SqlSink sink) throws SQLException {
        if (connection == null) {
            Dialect.super.apply(op, connection, sink);
            return;
        }
        List<String> statements;
        try {
            statements = op.accept(new H2Ddl(this, new H2Catalog(connection)));
        } catch (H2LookupException e) {
            throw e.getCause();
        }
        for (String sql : statements) {
            sink.run(sql);
        }
    }
}
