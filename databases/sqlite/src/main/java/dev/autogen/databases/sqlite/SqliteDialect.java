package dev.autogen.databases.sqlite;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.MigrationLock;
import dev.autogen.core.database.MigrationSession;
import dev.autogen.core.database.ScriptFrame;
import dev.autogen.core.database.SqlSink;
import dev.autogen.core.database.TableLookup;
import dev.autogen.core.ddl.PortableTypes;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.Identifiers;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.ConversionClass;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.sql.SqlLexer;
import dev.autogen.core.sql.SqlText;
import dev.autogen.core.sql.expr.SqlExpressions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SQLite. Types render as Hibernate ORM 7.4.15's community {@code SQLiteDialect} renders them. SQLite keeps names as
 * written and compares them ignoring case, and keeps declared types verbatim, so two types are the same exactly when
 * their declared text is (up to case and spaces). Changes {@code ALTER TABLE} cannot make are done by rebuilding the
 * table (see {@link SqliteDdl}).
 */
public final class SqliteDialect implements Dialect {

    public static final SqliteDialect INSTANCE = new SqliteDialect();

    /** SQLite's quoting: {@code '...'} strings; {@code "x"}, {@code `x`} and {@code [x]} names; {@code --} and block comments. */
    static final SqlLexer.Rules LEXER_RULES = SqlLexer.Rules.STANDARD.withIdentifierQuotes("\"`[");

    /** SQLite's key words (sqlite.org/lang_keywords.html); quoting them is always safe. */
    static final Set<String> KEYWORDS = Set.of(
            "abort",
            "action",
            "add",
            "after",
            "all",
            "alter",
            "always",
            "analyze",
            "and",
            "as",
            "asc",
            "attach",
            "autoincrement",
            "before",
            "begin",
            "between",
            "by",
            "cascade",
            "case",
            "cast",
            "check",
            "collate",
            "column",
            "commit",
            "conflict",
            "constraint",
            "create",
            "cross",
            "current",
            "current_date",
            "current_time",
            "current_timestamp",
            "database",
            "default",
            "deferrable",
            "deferred",
            "delete",
            "desc",
            "detach",
            "distinct",
            "do",
            "drop",
            "each",
            "else",
            "end",
            "escape",
            "except",
            "exclude",
            "exclusive",
            "exists",
            "explain",
            "fail",
            "filter",
            "first",
            "following",
            "for",
            "foreign",
            "from",
            "full",
            "generated",
            "glob",
            "group",
            "groups",
            "having",
            "if",
            "ignore",
            "immediate",
            "in",
            "index",
            "indexed",
            "initially",
            "inner",
            "insert",
            "instead",
            "intersect",
            "into",
            "is",
            "isnull",
            "join",
            "key",
            "last",
            "left",
            "like",
            "limit",
            "match",
            "materialized",
            "natural",
            "no",
            "not",
            "nothing",
            "notnull",
            "null",
            "nulls",
            "of",
            "offset",
            "on",
            "or",
            "order",
            "others",
            "outer",
            "over",
            "partition",
            "plan",
            "pragma",
            "preceding",
            "primary",
            "query",
            "raise",
            "range",
            "recursive",
            "references",
            "regexp",
            "reindex",
            "release",
            "rename",
            "replace",
            "restrict",
            "returning",
            "right",
            "rollback",
            "row",
            "rows",
            "savepoint",
            "select",
            "set",
            "table",
            "temp",
            "temporary",
            "then",
            "ties",
            "to",
            "transaction",
            "trigger",
            "unbounded",
            "union",
            "unique",
            "update",
            "using",
            "vacuum",
            "values",
            "view",
            "virtual",
            "when",
            "where",
            "window",
            "with",
            "without");

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SqliteDialect() {}

    @Override
    public String name() {
        return "sqlite";
    }

    /** SQLite keeps identifiers as written. */
    @Override
    public String foldIdentifier(String identifier) {
        return identifier;
    }

    /** One schema per database file ({@code main}); attached databases are not compared. */
    @Override
    public boolean supportsSchemas() {
        return false;
    }

    /** SQLite compares identifiers ignoring (ASCII) case. */
    @Override
    public String nameKey(String identifier) {
        return text(identifier).toLowerCase(Locale.ROOT);
    }

    /** A name without the quote marks of its parts ({@code sales.`Orders`} is {@code sales.Orders}). */
    private static String text(String identifier) {
        return QualifiedName.mapParts(identifier, Identifiers::text);
    }

    @Override
    public SqlLexer.Rules lexerRules() {
        return LEXER_RULES;
    }

    @Override
    public String quote(String identifier) {
        return Dialect.quoteName(
                identifier, n -> PLAIN.matcher(n).matches() && !KEYWORDS.contains(n.toLowerCase(Locale.ROOT)), '"');
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return true;
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
            case FLOAT -> "float";
            case DECIMAL ->
                "decimal(" + PortableTypes.decimalPrecision(type) + "," + PortableTypes.decimalScale(type) + ")";
            case NUMERIC ->
                "numeric(" + PortableTypes.decimalPrecision(type) + "," + PortableTypes.decimalScale(type) + ")";
            case CHAR -> "char(" + PortableTypes.lengthOrDefault(type) + ")";
            case VARCHAR -> "varchar(" + PortableTypes.lengthOrDefault(type) + ")";
            case NCHAR -> "nchar(" + PortableTypes.lengthOrDefault(type) + ")";
            case NVARCHAR -> "nvarchar(" + PortableTypes.lengthOrDefault(type) + ")";
            // Hibernate stores JSON as its long string type here (LONG32VARCHAR)
            case TEXT, CLOB, JSON -> "clob";
            case NCLOB -> "nclob";
            // Hibernate stores UUIDs as BINARY here
            case BINARY, VARBINARY, LONGVARBINARY, BLOB, UUID -> "blob";
            case DATE -> "date";
            case TIME -> "time(" + PortableTypes.fractionalPrecision(type) + ")";
            case TIME_WITH_TIME_ZONE -> "time";
            case TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE -> "timestamp";
            // as Hibernate stores @Enumerated(STRING) here: varchar(255), the values checked (see AbstractDdl)
            case ENUM -> "varchar(255)";
            case RAW -> type.sql();
        };
    }

    @Override
    public ColumnType parseType(String sqlType) {
        String normalized = SqlText.normalizeType(sqlType);
        ColumnType parsed = parseNormalized(normalized);
        if (parsed == null || !SqlText.normalizeType(renderType(parsed)).equals(normalized)) {
            return ColumnType.raw(sqlType);
        }
        return parsed;
    }

    private static ColumnType parseNormalized(String normalized) {
        SqlText.TypeText t = SqlText.parseType(normalized);
        if (t == null) {
            return null;
        }
        Integer a = t.first();
        Integer b = t.second();
        return switch (t.words()) {
            case "boolean" -> ColumnType.of(TypeKind.BOOLEAN);
            case "tinyint" -> ColumnType.of(TypeKind.TINYINT);
            case "smallint" -> ColumnType.of(TypeKind.SMALLINT);
            case "integer" -> ColumnType.of(TypeKind.INTEGER);
            case "bigint" -> ColumnType.of(TypeKind.BIGINT);
            case "real" -> ColumnType.of(TypeKind.REAL);
            case "double precision" -> ColumnType.of(TypeKind.DOUBLE);
            // what Hibernate renders for a double (FLOAT(53)): written FLOAT(53), as the entity side has it
            case "float" ->
                a == null ? ColumnType.withPrecision(TypeKind.FLOAT, PortableTypes.DOUBLE_PRECISION_BITS) : null;
            case "decimal" -> a == null || b == null ? null : ColumnType.decimal(a, b);
            case "numeric" -> a == null || b == null ? null : new ColumnType(TypeKind.NUMERIC, null, a, b, null);
            case "char" -> a == null ? null : ColumnType.withLength(TypeKind.CHAR, a);
            case "varchar" -> a == null ? null : ColumnType.withLength(TypeKind.VARCHAR, a);
            case "nchar" -> a == null ? null : ColumnType.withLength(TypeKind.NCHAR, a);
            case "nvarchar" -> a == null ? null : ColumnType.withLength(TypeKind.NVARCHAR, a);
            case "clob" -> ColumnType.of(TypeKind.CLOB);
            case "nclob" -> ColumnType.of(TypeKind.NCLOB);
            case "blob" -> ColumnType.of(TypeKind.BLOB);
            case "date" -> ColumnType.of(TypeKind.DATE);
            case "time" -> a == null ? null : ColumnType.withPrecision(TypeKind.TIME, a);
            case "timestamp" -> a == null ? ColumnType.of(TypeKind.TIMESTAMP) : null;
            default -> null;
        };
    }

    /** The declared type text, lower case with single spaces: what SQLite keeps. */
    /** An identity column is the rowid alias, declared {@code integer} whatever type the entity gives it. */
    @Override
    public String canonicalColumnType(Column column) {
        return canonicalType(column.identity() ? ColumnType.of(TypeKind.INTEGER) : column.type());
    }

    @Override
    public String canonicalType(ColumnType type) {
        return SqlText.normalizeType(type.isRaw() ? type.sql() : renderType(type));
    }

    /** Redundant parentheses removed, key words lower-cased outside quotes; {@code NULL} is no default. */
    @Override
    public String normalizeDefault(String expression) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        String s = SqlText.lowerOutsideQuotes(SqlText.stripOuterParens(expression));
        return s.equals("null") ? null : s;
    }

    /** SQLite keeps a check as written; identifiers compare ignoring case. */
    @Override
    public String normalizeCheck(String expression) {
        return SqlExpressions.normalize(expression, this::nameKey, this::nameKey);
    }

    /** SQLite has no comments (Hibernate's statements for them fail there). */
    @Override
    public boolean supportsComments() {
        return false;
    }

    /** A single {@code INTEGER} primary key is the rowid: identity follows from type and key. */
    @Override
    public boolean comparesIdentity() {
        return false;
    }

    @Override
    public MigrationSession openSession(Connection connection) throws SQLException {
        return new SqliteSession(connection);
    }

    /**
     * SQLite locks the whole file: each migration transaction takes the write lock ({@code BEGIN IMMEDIATE}), and this
     * lock makes it wait up to {@code timeout} ({@code PRAGMA busy_timeout}) for a concurrent runner.
     */
    @Override
    public MigrationLock lock(Connection connection, String name, Duration timeout) throws SQLException {
        return SqliteBusyTimeout.take(connection, timeout);
    }

    /**
     * Foreign keys off before the first transaction ({@code PRAGMA foreign_keys} cannot change inside one), so that
     * table rebuilds never run another table's {@code ON DELETE} actions.
     */
    @Override
    public ScriptFrame scriptFrame() {
        return new ScriptFrame(List.of("PRAGMA foreign_keys = OFF"), "BEGIN", "COMMIT");
    }

    /**
     * SQLite keeps every stored value through a type change (a column's type is only an affinity, and the rebuild copies
     * values as they are: 1.5 stays 1.5 in an integer column, a long text in a varchar(10)): nothing fails and nothing
     * changes. A change that is no widening still depends on the data, as the entity may not read such values back.
     */
    @Override
    public ConversionClass classifyConversion(ColumnType from, ColumnType to) {
        return AlterColumnOp.widens(from, to)
                ? ConversionClass.SAFE
                : ConversionClass.failsIf("SQLite keeps stored values as they are; values the new type cannot hold are"
                        + " kept and may not read back as the entity expects");
    }

    @Override
    public List<String> statements(Operation op, TableLookup current) {
        return op.accept(new SqliteDdl(this, current));
    }

    /**
     * Performs {@code op}; where SQLite must rebuild the table, reads its live definition first and, when the
     * statements were executed, checks foreign keys of the rebuilt table and of the tables referencing it.
     */
    @Override
    public void apply(Operation op, Connection connection, SqlSink sink) throws SQLException {
        if (connection == null) {
            Dialect.super.apply(op, connection, sink);
            return;
        }
        new SqliteRebuilder(this, connection).apply(op, sink);
    }
}
