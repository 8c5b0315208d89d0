package dev.autogen.databases.postgresql;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.MigrationLock;
import dev.autogen.core.database.MigrationSession;
import dev.autogen.core.database.SqlSink;
import dev.autogen.core.database.TableLookup;
import dev.autogen.core.ddl.Memo;
import dev.autogen.core.ddl.PortableTypes;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.ops.DropCheckOp;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.sql.ControlCharacters;
import dev.autogen.core.sql.SqlLexer;
import dev.autogen.core.sql.SqlText;
import dev.autogen.core.sql.expr.SqlExpressions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL. Types render as Hibernate ORM 7.4.15's {@code PostgreSQLDialect} renders them (versions 15 and 16 agree);
 * unquoted identifiers fold to lower case and names compare exactly.
 */
public final class PostgresDialect implements Dialect {

    public static final PostgresDialect INSTANCE = new PostgresDialect();

    /** PostgreSQL's quoting: standard SQL with {@code $tag$...$tag$} and {@code E'...'} strings and nested comments. */
    static final SqlLexer.Rules LEXER_RULES = SqlLexer.Rules.STANDARD.withPostgresStrings();

    /** Hibernate's {@code PostgreSQLDialect.getMaxVarcharLength()}: longer strings render as {@code text}. */
    public static final int MAX_VARCHAR_LENGTH = 10_485_760;

    /**
     * Key words that cannot be a column or table name unquoted: categories R (reserved) and T (type or function name)
     * of {@code pg_get_keywords()} on PostgreSQL 15, plus {@code system_user} (reserved since 16).
     */
    static final Set<String> RESERVED = Set.of(
            "all",
            "analyse",
            "analyze",
            "and",
            "any",
            "array",
            "as",
            "asc",
            "asymmetric",
            "authorization",
            "binary",
            "both",
            "case",
            "cast",
            "check",
            "collate",
            "collation",
            "column",
            "concurrently",
            "constraint",
            "create",
            "cross",
            "current_catalog",
            "current_date",
            "current_role",
            "current_schema",
            "current_time",
            "current_timestamp",
            "current_user",
            "default",
            "deferrable",
            "desc",
            "distinct",
            "do",
            "else",
            "end",
            "except",
            "false",
            "fetch",
            "for",
            "foreign",
            "freeze",
            "from",
            "full",
            "grant",
            "group",
            "having",
            "ilike",
            "in",
            "initially",
            "inner",
            "intersect",
            "into",
            "is",
            "isnull",
            "join",
            "lateral",
            "leading",
            "left",
            "like",
            "limit",
            "localtime",
            "localtimestamp",
            "natural",
            "not",
            "notnull",
            "null",
            "offset",
            "on",
            "only",
            "or",
            "order",
            "outer",
            "overlaps",
            "placing",
            "primary",
            "references",
            "returning",
            "right",
            "select",
            "session_user",
            "similar",
            "some",
            "symmetric",
            "system_user",
            "table",
            "tablesample",
            "then",
            "to",
            "trailing",
            "true",
            "union",
            "unique",
            "user",
            "using",
            "variadic",
            "verbose",
            "when",
            "where",
            "window",
            "with");

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /** An array type: {@code int[]}, {@code int[3][]}, {@code int array}, {@code int array[3]}. */
    private static final Pattern ARRAY = Pattern.compile("(.+?)(?: array(?:\\[\\d*\\])?|(?:\\[\\d*\\])+)");

    /** Parsing and canonical text run for every column of both schemas a comparison reads: remembered. */
    private final Memo<String, ColumnType> parsedTypes = new Memo<>(this::parse);

    private final Memo<ColumnType, String> canonicalTypes = new Memo<>(this::canonical);

    private PostgresDialect() {}

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String foldIdentifier(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }

    /**
     * The name as PostgreSQL stores it, part by part: a quoted name ({@code `MixedCase`}) exactly, an unquoted plain one
     * folded to lower case ({@code Author} is {@code author}); names compare exactly in that form.
     */
    @Override
    public String nameKey(String identifier) {
        return QualifiedName.mapParts(identifier, this::storedName);
    }

    /**
     * A quoted name's text ({@code `MixedCase`} is {@code MixedCase}); an unquoted plain name folded to lower case, as
     * PostgreSQL's unquoted SQL stores it ({@code Author} is {@code author}); any other name (a key word, a space) as
     * written, since {@link #quote} quotes it.
     */
    @Override
    public String storedName(String name) {
        return Dialect.storedName(name, PostgresDialect::unquoted, n -> n.toLowerCase(Locale.ROOT));
    }

    @Override
    public SqlLexer.Rules lexerRules() {
        return LEXER_RULES;
    }

    /**
     * A quoted name ({@code `MixedCase`}) quoted, keeping its case; a plain unquoted name unquoted, so that PostgreSQL
     * folds it as it folds Hibernate's unquoted SQL ({@code Author} is table {@code author}, the one Hibernate finds);
     * a key word or a name with other characters quoted as written.
     */
    @Override
    public String quote(String identifier) {
        return Dialect.quoteName(identifier, PostgresDialect::unquoted, '"');
    }

    /** Letters, digits, {@code _} and {@code $}, not a key word: what PostgreSQL reads unquoted. */
    private static boolean unquoted(String identifier) {
        return PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier.toLowerCase(Locale.ROOT));
    }

    private static String exactly(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * {@code 'O''Brien'}; text holding a C0 control character or DEL is written as an escape string
     * ({@code E'line\\rnext'}), so that no client reads a raw carriage return or line feed into it or out of it. NUL is
     * refused: PostgreSQL cannot store it.
     */
    @Override
    public String quoteLiteral(String value) {
        ControlCharacters.requireNoNul(value);
        if (value.chars().noneMatch(c -> c < 0x20 || c == 0x7f)) {
            return "'" + value.replace("'", "''") + "'";
        }
        StringBuilder out = new StringBuilder(value.length() + 8).append("E'");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("''");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('\'').toString();
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return true;
    }

    @Override
    public MigrationSession openSession(Connection connection) {
        return new PostgresSession(connection);
    }

    @Override
    public String renderType(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "boolean";
            case TINYINT, SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL -> "real";
            case DOUBLE -> "double precision";
            case FLOAT -> {
                int bits = PortableTypes.floatBits(type);
                yield bits <= 24 ? "float4" : "float(" + bits + ")";
            }
            case DECIMAL ->
                "decimal(" + PortableTypes.decimalPrecision(type) + "," + PortableTypes.decimalScale(type) + ")";
            case NUMERIC ->
                "numeric(" + PortableTypes.decimalPrecision(type) + "," + PortableTypes.decimalScale(type) + ")";
            case CHAR, NCHAR -> "char(" + PortableTypes.lengthOrDefault(type) + ")";
            case VARCHAR, NVARCHAR -> {
                int length = PortableTypes.lengthOrDefault(type);
                yield length <= MAX_VARCHAR_LENGTH ? "varchar(" + length + ")" : "text";
            }
            case TEXT -> "text";
            case CLOB, NCLOB, BLOB -> "oid";
            case BINARY, VARBINARY, LONGVARBINARY -> "bytea";
            case DATE -> "date";
            case TIME -> "time(" + PortableTypes.fractionalPrecision(type) + ")";
            case TIME_WITH_TIME_ZONE -> "time(" + PortableTypes.fractionalPrecision(type) + ") with time zone";
            case TIMESTAMP -> "timestamp(" + PortableTypes.fractionalPrecision(type) + ")";
            case TIMESTAMP_WITH_TIME_ZONE ->
                "timestamp(" + PortableTypes.fractionalPrecision(type) + ") with time zone";
            case UUID -> "uuid";
            case JSON -> "jsonb";
            // as Hibernate stores @Enumerated(STRING) here: varchar(255), the values checked (see AbstractDdl)
            case ENUM -> "varchar(255)";
            case RAW -> type.sql();
        };
    }

    @Override
    public ColumnType parseType(String sqlType) {
        return parsedTypes.get(sqlType);
    }

    private ColumnType parse(String sqlType) {
        String normalized = SqlText.normalizeType(sqlType);
        String canonical = canonicalText(normalized);
        ColumnType parsed = parseCanonical(canonical, SqlText.parseType(normalized));
        if (parsed == null || !canonicalType(parsed).equals(canonical)) {
            return ColumnType.raw(sqlType);
        }
        return parsed;
    }

    private static ColumnType parseCanonical(String canonical, SqlText.TypeText original) {
        SqlText.TypeText t = SqlText.parseType(canonical);
        if (t == null) {
            return null;
        }
        Integer a = t.first();
        return switch (t.words()) {
            case "boolean" -> ColumnType.of(TypeKind.BOOLEAN);
            case "smallint" -> ColumnType.of(TypeKind.SMALLINT);
            case "integer" -> ColumnType.of(TypeKind.INTEGER);
            case "bigint" -> ColumnType.of(TypeKind.BIGINT);
            case "real" -> ColumnType.of(TypeKind.REAL);
            case "double precision" -> ColumnType.of(TypeKind.DOUBLE);
            case "numeric" ->
                a == null
                        ? null
                        : new ColumnType(
                                original != null && original.base().equals("decimal")
                                        ? TypeKind.DECIMAL
                                        : TypeKind.NUMERIC,
                                null,
                                a,
                                t.second(),
                                null);
            case "character varying" -> a == null ? null : ColumnType.withLength(TypeKind.VARCHAR, a);
            case "character" -> a == null ? null : ColumnType.withLength(TypeKind.CHAR, a);
            case "text" -> ColumnType.of(TypeKind.TEXT);
            case "bytea" -> ColumnType.of(TypeKind.LONGVARBINARY);
            case "oid" -> ColumnType.of(TypeKind.BLOB);
            case "date" -> ColumnType.of(TypeKind.DATE);
            case "uuid" -> ColumnType.of(TypeKind.UUID);
            case "jsonb" -> ColumnType.of(TypeKind.JSON);
            case "time without time zone" -> new ColumnType(TypeKind.TIME, null, a, null, null);
            case "time with time zone" -> new ColumnType(TypeKind.TIME_WITH_TIME_ZONE, null, a, null, null);
            case "timestamp without time zone" -> new ColumnType(TypeKind.TIMESTAMP, null, a, null, null);
            case "timestamp with time zone" -> new ColumnType(TypeKind.TIMESTAMP_WITH_TIME_ZONE, null, a, null, null);
            default -> null;
        };
    }

    @Override
    public String canonicalType(ColumnType type) {
        return canonicalTypes.get(type);
    }

    private String canonical(ColumnType type) {
        String text = type.isRaw() ? type.sql() : renderType(type);
        return canonicalText(SqlText.normalizeType(text));
    }

    /**
     * The spelling {@code format_type()} reports for normalised type text, so aliases compare equal: {@code int8},
     * {@code bigint}; {@code float(53)}, {@code float8}, {@code double precision}; {@code timestamp} and
     * {@code timestamp(6) without time zone} (6 is PostgreSQL's maximum and what no precision means); arrays as
     * {@code smallint[]}, as Hibernate's {@code smallint array} and PostgreSQL's {@code int2[]} both are.
     */
    static String canonicalText(String normalized) {
        Matcher array = ARRAY.matcher(normalized);
        if (array.matches()) {
            // Hibernate writes "smallint array"; format_type() prints "smallint[]", whatever the dimensions
            return canonicalText(array.group(1).trim()) + "[]";
        }
        SqlText.TypeText t = SqlText.parseType(normalized);
        if (t == null) {
            return normalized;
        }
        Integer a = t.first();
        Integer b = t.second();
        String words = t.words();
        boolean noArgs = a == null;
        switch (words) {
            case "int8", "bigint", "bigserial", "serial8":
                return noArgs ? "bigint" : normalized;
            case "int", "int4", "integer", "serial", "serial4":
                return noArgs ? "integer" : normalized;
            case "int2", "smallint", "smallserial", "serial2":
                return noArgs ? "smallint" : normalized;
            case "bool", "boolean":
                return noArgs ? "boolean" : normalized;
            case "float4", "real":
                return noArgs ? "real" : normalized;
            case "float8", "double precision":
                return noArgs ? "double precision" : normalized;
            case "float":
                if (noArgs) {
                    return "double precision";
                }
                if (b == null && a >= 1 && a <= 24) {
                    return "real";
                }
                if (b == null && a >= 25 && a <= 53) {
                    return "double precision";
                }
                return normalized;
            case "decimal", "numeric":
                if (noArgs) {
                    return "numeric";
                }
                return "numeric(" + a + "," + (b == null ? 0 : b) + ")";
            case "varchar", "character varying":
                return noArgs ? "character varying" : "character varying(" + a + ")";
            case "char", "character", "bpchar":
                if (noArgs) {
                    return words.equals("bpchar") ? "bpchar" : "character(1)";
                }
                return "character(" + a + ")";
            case "timestamp", "timestamp without time zone":
                return "timestamp(" + (noArgs ? 6 : a) + ") without time zone";
            case "timestamptz", "timestamp with time zone":
                return "timestamp(" + (noArgs ? 6 : a) + ") with time zone";
            case "time", "time without time zone":
                return "time(" + (noArgs ? 6 : a) + ") without time zone";
            case "timetz", "time with time zone":
                return "time(" + (noArgs ? 6 : a) + ") with time zone";
            default:
                return normalized;
        }
    }

    /**
     * {@code 'abc'::character varying} becomes {@code 'abc'}, {@code '0'::integer} and {@code (0)} become {@code 0};
     * {@code NULL} and sequence defaults ({@code nextval(...)}, what serial and identity columns report) become null.
     * Key words outside quotes are lower-cased.
     */
    @Override
    public String normalizeDefault(String expression) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        String s = SqlText.stripOuterParens(expression);
        boolean numericCast = false;
        while (true) {
            int cast = SqlText.lastTopLevelCast(s);
            if (cast < 0) {
                break;
            }
            String castType = canonicalText(SqlText.normalizeType(s.substring(cast + 2)));
            numericCast = isNumericType(castType);
            s = SqlText.stripOuterParens(s.substring(0, cast));
        }
        s = SqlText.lowerOutsideQuotes(s);
        if (s.equals("null") || s.startsWith("nextval(")) {
            return null;
        }
        if (numericCast && SqlText.isStringLiteral(s)) {
            String inner = s.substring(1, s.length() - 1).trim();
            if (SqlText.isNumber(inner)) {
                return inner;
            }
        }
        return s;
    }

    /**
     * Hibernate's text and PostgreSQL's rendering of it in one form ({@link SqlExpressions}): casts dropped,
     * {@code = ANY (ARRAY[...])} read as {@code in (...)}, {@code between} as two comparisons, unquoted identifiers
     * lower-cased.
     */
    @Override
    public String normalizeCheck(String expression) {
        return SqlExpressions.normalize(expression, this::foldIdentifier, quoted -> quoted);
    }

    /** PostgreSQL's casts and {@code = ANY (ARRAY[...])} dropped: {@code (status in ('A', 'B'))}. */
    @Override
    public String portableCheck(String expression) {
        return SqlExpressions.portable(
                expression,
                name -> conditionName(name, false),
                name -> conditionName(name, true),
                UnaryOperator.identity());
    }

    private static boolean isNumericType(String canonical) {
        return canonical.equals("smallint")
                || canonical.equals("integer")
                || canonical.equals("bigint")
                || canonical.equals("real")
                || canonical.equals("double precision")
                || canonical.startsWith("numeric");
    }

    /** A session-level advisory lock on a key fixed per schema and version table (see {@link PostgresAdvisoryLock}). */
    @Override
    public MigrationLock lock(Connection connection, String name, Duration timeout) throws SQLException {
        return PostgresAdvisoryLock.take(connection, name, timeout);
    }

    @Override
    public List<String> statements(Operation op, TableLookup current) {
        return op.accept(new PostgresDdl(this, current));
    }

    @Override
    public boolean hasOnlineForms() {
        return true;
    }

    @Override
    public String productName() {
        return "PostgreSQL";
    }

    /** See {@link PostgresOnline}. */
    @Override
    public java.util.Optional<dev.autogen.core.database.OnlineForm> onlineForm(Operation op, TableLookup current) {
        return new PostgresOnline(this).form(op, current);
    }

    @Override
    public java.util.Optional<dev.autogen.core.database.WriteBlock> blocksWrites(Operation op, boolean online) {
        return new PostgresOnline(this).blocksWrites(op, online);
    }

    /**
     * Performs {@code op}; an unnamed check constraint being dropped (the downgrade of adding one Hibernate leaves
     * unnamed) is found by its condition among the table's checks, under the name PostgreSQL gave it.
     */
    @Override
    public void apply(Operation op, Connection connection, SqlSink sink) throws SQLException {
        if (connection != null && op instanceof DropCheckOp drop && drop.check().name() == null) {
            op = new DropCheckOp(drop.table(), drop.check().withName(checkName(connection, drop)));
        }
        Dialect.super.apply(op, connection, sink);
    }

    private String checkName(Connection connection, DropCheckOp drop) throws SQLException {
        String wanted = normalizeCheck(drop.check().expression());
        try (PreparedStatement ps = connection.prepareStatement("SELECT con.conname, pg_catalog.pg_get_expr(con.conbin,"
                + " con.conrelid) FROM pg_catalog.pg_constraint con WHERE con.contype = 'c' AND con.conrelid = ?::regclass"
                + " ORDER BY con.conname")) {
            ps.setString(1, quoteQualified(drop.table()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (wanted.equals(normalizeCheck(rs.getString(2)))) {
                        return fromCatalog(rs.getString(1));
                    }
                }
            }
        }
        throw new IllegalArgumentException("cannot drop the unnamed check constraint ("
                + drop.check().expression() + ") on " + drop.table() + ": the table has no check with that condition");
    }
}
