package dev.autogen.databases.mariadb;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.MigrationLock;
import dev.autogen.core.database.MigrationSession;
import dev.autogen.core.database.ScriptFrame;
import dev.autogen.core.database.SqlSink;
import dev.autogen.core.database.TableLookup;
import dev.autogen.core.ddl.EnumTypes;
import dev.autogen.core.ddl.PortableTypes;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.Identifiers;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.sql.SqlLexer;
import dev.autogen.core.sql.expr.SqlExpressions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB and MySQL. Types render as Hibernate ORM 7.4.15's {@code MariaDBDialect} (10.11) and {@code MySQLDialect}
 * (8.4) render them; the two differ only in {@code UUID}, which MySQL stores as {@code binary(16)}. A
 * {@code TIMESTAMP_WITH_TIME_ZONE} is a {@code datetime(p)}, as Hibernate stores {@code Instant} and
 * {@code OffsetDateTime} here (normalised to UTC). Names keep their
 * case and compare exactly (table names are case sensitive where {@code lower_case_table_names=0}, the Linux
 * default); identifiers are quoted with backticks. DDL is not transactional: each statement commits.
 *
 * <p>MariaDB and MySQL differ beyond types in: sequences (MariaDB 10.3+ has them, MySQL has none: Hibernate maps
 * sequence generators to tables there), dropping a check constraint ({@code drop constraint} on MariaDB,
 * {@code drop check} on MySQL), {@code json} (an alias of {@code longtext} with a {@code json_valid} check on MariaDB,
 * a type of its own on MySQL) and {@code drop index if exists} (MariaDB only).
 */
public final class MariaDbDialect implements Dialect {

    /** MariaDB, as Hibernate's {@code MariaDBDialect} for 10.11. */
    public static final MariaDbDialect MARIADB = new MariaDbDialect(false);
    /** MySQL, as Hibernate's {@code MySQLDialect} for 8.4. */
    public static final MariaDbDialect MYSQL = new MariaDbDialect(true);
    /** {@link #MARIADB}. */
    public static final MariaDbDialect INSTANCE = MARIADB;

    /**
     * MariaDB's and MySQL's quoting: {@code '...'} strings with backslash escapes, {@code `x`} names ({@code "x"} read
     * as a quoted name too, as under {@code ANSI_QUOTES}: its text is skipped either way), {@code #} comments and
     * {@code --} comments only before white space.
     */
    static final SqlLexer.Rules LEXER_RULES = SqlLexer.Rules.STANDARD
            .withIdentifierQuotes("`\"")
            .withBackslashEscapes(true)
            .withMySqlComments();

    /** Hibernate's {@code MySQLDialect.getMaxVarcharLength()} (utf8mb4): longer strings render as text types. */
    public static final int MAX_VARCHAR_LENGTH = 16_383;
    /** Hibernate's {@code MySQLDialect.getMaxVarbinaryLength()}: longer binaries render as blob types. */
    public static final int MAX_VARBINARY_LENGTH = 65_535;
    /** The longest {@code text} / {@code blob}; beyond it {@code mediumtext} / {@code mediumblob}. */
    static final int MAX_TEXT_LENGTH = 65_535;
    /** The longest {@code mediumtext} / {@code mediumblob}; beyond it {@code longtext} / {@code longblob}. */
    static final int MAX_MEDIUM_LENGTH = 16_777_215;

    /**
     * Words that cannot be an identifier unquoted on MariaDB 10.11 or MySQL 8.4 (their reserved words, united);
     * quoting a word that would not need it is always safe.
     */
    static final Set<String> RESERVED = Set.of(
            "accessible",
            "add",
            "all",
            "alter",
            "analyze",
            "and",
            "as",
            "asc",
            "asensitive",
            "before",
            "between",
            "bigint",
            "binary",
            "blob",
            "both",
            "by",
            "call",
            "cascade",
            "case",
            "change",
            "char",
            "character",
            "check",
            "collate",
            "column",
            "condition",
            "constraint",
            "continue",
            "convert",
            "create",
            "cross",
            "cube",
            "cume_dist",
            "current_date",
            "current_role",
            "current_time",
            "current_timestamp",
            "current_user",
            "cursor",
            "database",
            "databases",
            "day_hour",
            "day_microsecond",
            "day_minute",
            "day_second",
            "dec",
            "decimal",
            "declare",
            "default",
            "delayed",
            "delete",
            "delete_domain_id",
            "dense_rank",
            "desc",
            "describe",
            "deterministic",
            "distinct",
            "distinctrow",
            "div",
            "do_domain_ids",
            "double",
            "drop",
            "dual",
            "each",
            "else",
            "elseif",
            "empty",
            "enclosed",
            "escaped",
            "except",
            "exists",
            "exit",
            "explain",
            "false",
            "fetch",
            "first_value",
            "float",
            "float4",
            "float8",
            "for",
            "force",
            "foreign",
            "from",
            "fulltext",
            "function",
            "general",
            "generated",
            "get",
            "grant",
            "group",
            "grouping",
            "groups",
            "having",
            "high_priority",
            "hour_microsecond",
            "hour_minute",
            "hour_second",
            "if",
            "ignore",
            "ignore_domain_ids",
            "ignore_server_ids",
            "in",
            "index",
            "infile",
            "inner",
            "inout",
            "insensitive",
            "insert",
            "int",
            "int1",
            "int2",
            "int3",
            "int4",
            "int8",
            "integer",
            "intersect",
            "interval",
            "into",
            "io_after_gtids",
            "io_before_gtids",
            "is",
            "iterate",
            "join",
            "json_table",
            "key",
            "keys",
            "kill",
            "lag",
            "last_value",
            "lateral",
            "lead",
            "leading",
            "leave",
            "left",
            "like",
            "limit",
            "linear",
            "lines",
            "load",
            "localtime",
            "localtimestamp",
            "lock",
            "long",
            "longblob",
            "longtext",
            "loop",
            "low_priority",
            "manual",
            "master_bind",
            "master_heartbeat_period",
            "master_ssl_verify_server_cert",
            "match",
            "maxvalue",
            "mediumblob",
            "mediumint",
            "mediumtext",
            "middleint",
            "minute_microsecond",
            "minute_second",
            "mod",
            "modifies",
            "natural",
            "not",
            "no_write_to_binlog",
            "nth_value",
            "ntile",
            "null",
            "numeric",
            "of",
            "offset",
            "on",
            "optimize",
            "optimizer_costs",
            "option",
            "optionally",
            "or",
            "order",
            "out",
            "outer",
            "outfile",
            "over",
            "page_checksum",
            "parallel",
            "parse_vcol_expr",
            "partition",
            "percent_rank",
            "position",
            "precision",
            "primary",
            "procedure",
            "purge",
            "qualify",
            "range",
            "rank",
            "read",
            "reads",
            "read_write",
            "real",
            "recursive",
            "ref_system_id",
            "references",
            "regexp",
            "release",
            "rename",
            "repeat",
            "replace",
            "require",
            "resignal",
            "restrict",
            "return",
            "returning",
            "revoke",
            "right",
            "rlike",
            "row",
            "row_number",
            "rows",
            "schema",
            "schemas",
            "second_microsecond",
            "select",
            "sensitive",
            "separator",
            "set",
            "show",
            "signal",
            "slow",
            "smallint",
            "spatial",
            "specific",
            "sql",
            "sqlexception",
            "sqlstate",
            "sqlwarning",
            "sql_big_result",
            "sql_calc_found_rows",
            "sql_small_result",
            "ssl",
            "starting",
            "stats_auto_recalc",
            "stats_persistent",
            "stats_sample_pages",
            "stored",
            "straight_join",
            "system",
            "table",
            "tablesample",
            "terminated",
            "then",
            "tinyblob",
            "tinyint",
            "tinytext",
            "to",
            "trailing",
            "trigger",
            "true",
            "undo",
            "union",
            "unique",
            "unlock",
            "unsigned",
            "update",
            "usage",
            "use",
            "using",
            "utc_date",
            "utc_time",
            "utc_timestamp",
            "values",
            "varbinary",
            "varchar",
            "varcharacter",
            "varying",
            "virtual",
            "when",
            "where",
            "while",
            "window",
            "with",
            "write",
            "xor",
            "year_month",
            "zerofill");

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    private static final Pattern BACKTICKED = Pattern.compile("`([A-Za-z_][A-Za-z0-9_$]*)`");
    /** MariaDB prints {@code length(x)}, its alias, as {@code octet_length(x)}. */
    private static final Pattern OCTET_LENGTH = Pattern.compile("(?i)(?<![A-Za-z0-9_$])octet_length\\s*\\(");

    private static final Pattern INTRODUCER = Pattern.compile("(?<![A-Za-z0-9_$])_[a-z0-9]+'");
    private static final Pattern CANONICAL = Pattern.compile("([a-z]+)(?:\\((\\d+)(?:,(\\d+))?\\))?");

    private final boolean mysql;

    private MariaDbDialect(boolean mysql) {
        this.mysql = mysql;
    }

    /** {@code mariadb} or {@code mysql}. */
    @Override
    public String name() {
        return mysql ? "mysql" : "mariadb";
    }

    /**
     * MariaDB or MySQL as the server says, whichever the URL named: a MariaDB server gives its version as
     * {@code 10.11.6-MariaDB...}, also to a {@code jdbc:mysql:} URL.
     */
    @Override
    public Dialect forServer(DatabaseMetaData server) throws SQLException {
        String version = server.getDatabaseProductVersion();
        return version != null && version.toLowerCase(Locale.ROOT).contains("mariadb") ? MARIADB : MYSQL;
    }

    /** Whether this is MySQL rather than MariaDB. */
    public boolean isMySql() {
        return mysql;
    }

    /** Whether the database has sequences (MariaDB 10.3 and later; MySQL has none). */
    public boolean hasSequences() {
        return !mysql;
    }

    /** MariaDB and MySQL keep identifiers as written. */
    @Override
    public String foldIdentifier(String identifier) {
        return identifier;
    }

    /** Names compare exactly: table names are case sensitive on Linux ({@code lower_case_table_names=0}). */
    @Override
    public String nameKey(String identifier) {
        return text(identifier);
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
                identifier, n -> PLAIN.matcher(n).matches() && !RESERVED.contains(n.toLowerCase(Locale.ROOT)), '`');
    }

    /**
     * {@code O'Brien} becomes {@code 'O''Brien'} and a backslash is doubled, since MariaDB and MySQL read backslash
     * escapes in string literals (unless {@code NO_BACKSLASH_ESCAPES} is set). NUL, CR, LF and Ctrl-Z are written as
     * backslash escapes too, as the C API's {@code mysql_real_escape_string} does: the mariadb client refuses NUL in a
     * script and drops a CR before a LF.
     */
    @Override
    public String quoteLiteral(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("''");
                case '\0' -> out.append("\\0");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\u001a' -> out.append("\\Z");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return false;
    }

    /**
     * On MariaDB and MySQL {@code RESTRICT} and {@code NO ACTION} are the same rule; a key that states no rule reports
     * {@code RESTRICT} on MariaDB.
     */
    @Override
    public ReferentialAction canonicalAction(ReferentialAction action) {
        return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
    }

    @Override
    public String renderType(ColumnType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "bit";
            case TINYINT -> "tinyint";
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case REAL -> "real";
            case DOUBLE -> "double precision";
            case FLOAT -> "float(" + PortableTypes.floatBits(type) + ")";
            case DECIMAL, NUMERIC ->
                "decimal(" + PortableTypes.decimalPrecision(type) + "," + PortableTypes.decimalScale(type) + ")";
            // Hibernate's MySQL dialects write CHAR as varchar (MySQL pads and trims char columns)
            case CHAR -> "varchar(" + PortableTypes.lengthOrDefault(type) + ")";
            case NCHAR -> "varchar(" + PortableTypes.lengthOrDefault(type) + ") character set utf8mb4";
            case VARCHAR -> varchar(PortableTypes.lengthOrDefault(type));
            case NVARCHAR -> varchar(PortableTypes.lengthOrDefault(type)) + " character set utf8mb4";
            case TEXT, CLOB -> "longtext";
            case NCLOB -> "longtext character set utf8mb4";
            case BINARY -> "binary(" + PortableTypes.lengthOrDefault(type) + ")";
            case VARBINARY -> varbinary(PortableTypes.lengthOrDefault(type));
            case LONGVARBINARY, BLOB -> "longblob";
            case DATE -> "date";
            case TIME -> "time(" + PortableTypes.fractionalPrecision(type) + ")";
            case TIME_WITH_TIME_ZONE -> "time(" + PortableTypes.fractionalPrecision(type) + ") with time zone";
            case TIMESTAMP -> "datetime(" + PortableTypes.fractionalPrecision(type) + ")";
            // as Hibernate renders Instant, OffsetDateTime and ZonedDateTime (TIMESTAMP_UTC): normalised to UTC in a
            // datetime; its TIMESTAMP_WITH_TIMEZONE code (timestamp(p), 1970 to 2038) is left to raw SQL
            case TIMESTAMP_WITH_TIME_ZONE -> "datetime(" + PortableTypes.fractionalPrecision(type) + ")";
            // Hibernate's MySQLDialect has no uuid type and stores UUIDs as binary(16)
            case UUID -> mysql ? "binary(16)" : "uuid";
            case JSON -> "json";
            case ENUM -> EnumTypes.render(type);
            case RAW -> type.sql();
        };
    }

    private static String varchar(int length) {
        if (length <= MAX_VARCHAR_LENGTH) {
            return "varchar(" + length + ")";
        }
        return length <= MAX_TEXT_LENGTH ? "text" : length <= MAX_MEDIUM_LENGTH ? "mediumtext" : "longtext";
    }

    private static String varbinary(int length) {
        if (length <= MAX_VARBINARY_LENGTH) {
            return "varbinary(" + length + ")";
        }
        return length <= MAX_MEDIUM_LENGTH ? "mediumblob" : "longblob";
    }

    /**
     * The portable type for type text as MariaDB reports it ({@code COLUMN_TYPE}: {@code bigint(20)},
     * {@code varchar(255)}, {@code datetime(6)}, {@code bit(1)}) or Hibernate renders it; raw when no portable type
     * renders as the same column type ({@code char(2)}, {@code mediumtext}, ...).
     */
    @Override
    public ColumnType parseType(String sqlType) {
        ColumnType enumType = EnumTypes.parse(sqlType);
        if (enumType != null) {
            return enumType;
        }
        String canonical = canonicalText(sqlType);
        ColumnType parsed = parseCanonical(canonical);
        if (parsed == null || !canonicalType(parsed).equals(canonical)) {
            return ColumnType.raw(sqlType);
        }
        return parsed;
    }

    private ColumnType parseCanonical(String canonical) {
        Matcher m = CANONICAL.matcher(canonical);
        if (!m.matches()) {
            return null;
        }
        Integer a = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer b = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return switch (m.group(1)) {
            case "bit" -> a != null && a == 1 ? ColumnType.of(TypeKind.BOOLEAN) : null;
            case "tinyint" -> ColumnType.of(TypeKind.TINYINT);
            case "smallint" -> ColumnType.of(TypeKind.SMALLINT);
            case "int" -> ColumnType.of(TypeKind.INTEGER);
            case "bigint" -> ColumnType.of(TypeKind.BIGINT);
            case "double" -> ColumnType.of(TypeKind.DOUBLE);
            case "float" -> ColumnType.withPrecision(TypeKind.FLOAT, 24);
            case "decimal" -> ColumnType.decimal(a, b);
            case "varchar" -> ColumnType.withLength(TypeKind.VARCHAR, a);
            case "binary" -> ColumnType.withLength(TypeKind.BINARY, a);
            case "varbinary" -> ColumnType.withLength(TypeKind.VARBINARY, a);
            case "longtext" -> ColumnType.of(TypeKind.TEXT);
            case "longblob" -> ColumnType.of(TypeKind.LONGVARBINARY);
            case "date" -> ColumnType.of(TypeKind.DATE);
            case "time" -> ColumnType.withPrecision(TypeKind.TIME, a == null ? 0 : a);
            case "datetime" -> ColumnType.withPrecision(TypeKind.TIMESTAMP, a == null ? 0 : a);
            case "uuid" -> ColumnType.of(TypeKind.UUID);
            case "json" -> ColumnType.of(TypeKind.JSON);
            default -> null;
        };
    }

    /**
     * The form {@code COLUMN_TYPE} reports: display widths dropped ({@code int(11)} is {@code int}), aliases resolved
     * ({@code real}, {@code double precision} and {@code float(53)} are {@code double}), no fractional digits written
     * as none ({@code datetime(0)} is {@code datetime}), character sets left out. On MariaDB {@code json} is
     * {@code longtext}.
     */
    @Override
    public String canonicalType(ColumnType type) {
        return canonicalText(type.isRaw() ? type.sql() : renderType(type));
    }

    private String canonicalText(String sqlType) {
        return MariaDbTypeText.canonical(sqlType, !mysql);
    }

    @Override
    public String normalizeDefault(String expression) {
        return MariaDbDefaults.normalize(expression);
    }

    /** {@code current_timestamp} on a column of fractional precision 6 is stored as {@code current_timestamp(6)}. */
    @Override
    public String normalizeDefault(String expression, ColumnType type) {
        return MariaDbDefaults.forPrecision(
                MariaDbDefaults.normalize(expression), type == null ? null : type.precision());
    }

    /**
     * Conditions as MariaDB prints them ({@code `price` >= 0}, {@code `type` = 'group'}, {@code 'it\\'s'}) and as
     * written ({@code price>=0}, {@code type in ('group')}, {@code 'it''s'}) compare equal. String literals are read
     * with MariaDB's backslash escapes and written back in standard SQL, MySQL's character set introducers
     * ({@code _utf8mb4'A'}) go, then the shared parser writes one canonical text (operators spaced, one-element
     * {@code IN} as {@code =}, redundant parentheses gone, column names in lower case: they compare ignoring case, and
     * {@code octet_length} is {@code length}, as MariaDB prints the alias). Text the parser does not read is tidied:
     * backticks around plain names go, and the parentheses MariaDB leaves out around one comparison.
     */
    @Override
    public String normalizeCheck(String expression) {
        if (expression == null) {
            return null;
        }
        String s = INTRODUCER.matcher(expression).replaceAll("'");
        s = MariaDbChecks.standardStrings(s);
        String parsed = SqlExpressions.parsed(
                s,
                name -> name.toLowerCase(Locale.ROOT),
                name -> name.toLowerCase(Locale.ROOT),
                function -> function.equals("octet_length") ? "length" : function);
        if (parsed != null) {
            return parsed;
        }
        s = BACKTICKED.matcher(s).replaceAll("$1");
        s = OCTET_LENGTH.matcher(s).replaceAll("length(");
        return MariaDbChecks.withoutRedundantParentheses(Dialect.super.normalizeCheck(s));
    }

    /**
     * Autogen's own session settings around each migration ({@link MariaDbSession}): strict {@code sql_mode},
     * {@code utf8mb4}, every generated statement free of warnings; the connection's settings come back on close.
     */
    @Override
    public MigrationSession openSession(Connection connection) throws SQLException {
        return MariaDbSession.open(connection);
    }

    /** An offline script sets the session up as an online run does ({@link MariaDbSession#SETUP}). */
    @Override
    public ScriptFrame scriptFrame() {
        return new ScriptFrame(MariaDbSession.SETUP, "BEGIN", "COMMIT", "//");
    }

    /**
     * MariaDB and MySQL keep comments in their data dictionary as {@code utf8mb3}, whatever the table's character set:
     * each character beyond it (outside the Basic Multilingual Plane, such as an emoji) is stored as {@code ?}, without
     * a warning.
     */
    @Override
    public String storedComment(String comment) {
        if (comment == null || comment.codePoints().allMatch(Character::isBmpCodePoint)) {
            return comment;
        }
        StringBuilder stored = new StringBuilder(comment.length());
        comment.codePoints().forEach(c -> stored.append(Character.isBmpCodePoint(c) ? (char) c : '?'));
        return stored.toString();
    }

    /**
     * Backticks dropped where not needed, character set introducers gone: {@code (type = 'group')}. Text with a
     * backslash in a string literal stays as MariaDB printed it (its escapes are MariaDB's own).
     */
    @Override
    public String portableCheck(String expression) {
        if (expression == null || expression.indexOf('\\') >= 0) {
            return expression;
        }
        String s = INTRODUCER.matcher(expression).replaceAll("'");
        return SqlExpressions.portable(
                s,
                name -> conditionName(name, false),
                name -> conditionName(name, true),
                function -> function.equals("octet_length") ? "length" : function);
    }

    /** {@code GET_LOCK} on a name made of the current database and the version table (see {@link MariaDbLock}). */
    @Override
    public MigrationLock lock(Connection connection, String name, Duration timeout) throws SQLException {
        return MariaDbLock.take(connection, name, timeout);
    }

    @Override
    public List<String> statements(Operation op, TableLookup current) {
        return op.accept(new MariaDbDdl(this, MariaDbLive.offline(this, current)));
    }

    /**
     * Performs {@code op}, reading from the database what the operation itself does not say: an altered column's
     * {@code auto_increment} and generation expression (which {@code MODIFY COLUMN} would otherwise drop), the
     * index MariaDB created for a foreign key that is dropped, and the names the database gave unnamed constraints.
     */
    @Override
    public void apply(Operation op, Connection connection, SqlSink sink) throws SQLException {
        if (connection == null) {
            Dialect.super.apply(op, connection, sink);
            return;
        }
        for (String sql : liveStatements(op, connection)) {
            sink.run(sql);
        }
    }

    private List<String> liveStatements(Operation op, Connection connection) throws SQLException {
        try {
            return op.accept(new MariaDbDdl(this, new MariaDbLiveCatalog(connection, this)));
        } catch (MariaDbLiveCatalog.UncheckedSql e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean hasOnlineForms() {
        return true;
    }

    @Override
    public String productName() {
        return mysql ? "MySQL" : "MariaDB";
    }

    /** See {@link MariaDbOnline}. */
    @Override
    public java.util.Optional<dev.autogen.core.database.OnlineForm> onlineForm(Operation op, TableLookup current) {
        return new MariaDbOnline(this).form(op, statements(op, current));
    }

    @Override
    public java.util.Optional<dev.autogen.core.database.WriteBlock> blocksWrites(Operation op, boolean online) {
        return new MariaDbOnline(this).blocksWrites(op, online);
    }

    /** The online form of {@link MariaDbOnline}, rendered from the live table as {@link #apply} renders. */
    @Override
    public void applyOnline(Operation op, Connection connection, SqlSink sink) throws SQLException {
        if (connection == null) {
            Dialect.super.applyOnline(op, connection, sink);
            return;
        }
        List<String> plain = liveStatements(op, connection);
        MariaDbOnline online = new MariaDbOnline(this);
        java.util.Optional<dev.autogen.core.database.OnlineForm> form = online.form(op, plain);
        if (form.isPresent() && op instanceof dev.autogen.core.ops.AddForeignKeyOp fk) {
            // the rows checked by a plain query, which locks nothing, on this connection; then the key, unchecked
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery(online.orphanQuery(fk.table(), fk.foreignKey()))) {
                if (rs.next()) {
                    throw new SQLException(MariaDbOnline.orphanMessage(fk.table(), fk.foreignKey()), "23000");
                }
            }
            sink.run(MariaDbOnline.addWithoutChecks(plain.get(0)));
        } else if (form.isPresent()) {
            form.get().runOn(sink);
        } else {
            for (String sql : plain) {
                sink.run(sql);
            }
        }
    }
}
