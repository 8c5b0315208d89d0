package dev.autogen.databases.sqlite;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Identifiers;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.databases.sqlite.SqliteTableDefinition.Reference;
import dev.autogen.databases.sqlite.SqliteTableDefinition.Unique;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads the tables of a SQLite database's {@code main} schema into the core model, from {@code sqlite_master},
 * {@code PRAGMA table_xinfo}, {@code foreign_key_list}, {@code index_list} and {@code index_xinfo}, plus the stored
 * {@code CREATE TABLE} text for what the PRAGMAs omit (constraint names, declared types as written). The JDBC driver's
 * {@code DatabaseMetaData} is not used: it attaches foreign key names to the wrong keys.
 *
 * <p>What it reports:
 * <ul>
 *   <li>Column types: the declared type text as written ({@code varchar(255)}, {@code bigint}), through
 *       {@link SchemaDialect#parseType} when a dialect is given, else {@link ColumnType#raw}. A column declared without
 *       a type is reported as {@code BLOB}, the type with the same (absent) affinity.</li>
 *   <li>Identity: the column that is an alias of the rowid (a single-column primary key declared {@code INTEGER}, with
 *       or without {@code AUTOINCREMENT}), which is what Hibernate's SQLite dialect creates for
 *       {@code GenerationType.IDENTITY} ({@code id integer, ..., primary key (id)}). It is never nullable.</li>
 *   <li>Defaults: {@code dflt_value} as text ({@code 'draft'}, {@code 0}, {@code CURRENT_TIMESTAMP}).</li>
 *   <li>Unique constraints: those backed by {@code sqlite_autoindex_*} indexes, named when declared with
 *       {@code CONSTRAINT name UNIQUE}, otherwise with a null name. They are not also reported as indexes, and neither
 *       is the index backing a primary key.</li>
 *   <li>Indexes: those created with {@code CREATE [UNIQUE] INDEX} on plain columns. Indexes on expressions are left
 *       out (the model cannot describe them); partial indexes are reported with their columns only.</li>
 *   <li>Check constraints: every {@code CHECK} clause of the stored {@code CREATE TABLE}, column-level ones too, with
 *       its {@code CONSTRAINT} name or a null name, and the condition as written.</li>
 *   <li>Generated columns: the expression of {@code GENERATED ALWAYS AS (...)} (stored or virtual).</li>
 *   <li>Names: tables and columns as stored; a referenced table or column is reported with the spelling of its
 *       definition, whatever case the {@code REFERENCES} clause used.</li>
 * </ul>
 * Tables whose names start with {@code sqlite_}, virtual tables, temporary tables and the version table are skipped
 * by {@link #read}, and so are the shadow tables of virtual tables; {@link #readTable} reads any table but the
 * internal and virtual ones, the version table included.
 *
 * <p>Not thread safe; it uses the connection it is given and never closes it.
 */
public final class SqliteSchemaReader {

    /** The version table a runner keeps, skipped by {@link #read} unless another name is given. */
    public static final String DEFAULT_VERSION_TABLE = "autogen_version";

    private final Connection connection;
    private final SchemaDialect dialect;
    private final String versionTable;
    private Map<String, String> storedTableNames;

    /** A reader skipping {@link #DEFAULT_VERSION_TABLE}; {@code dialectOrNull} maps type text to column types. */
    public SqliteSchemaReader(Connection connection, SchemaDialect dialectOrNull) {
        this(connection, dialectOrNull, DEFAULT_VERSION_TABLE);
    }

    /**
     * A reader skipping {@code versionTableOrNull} (compared ignoring case; null skips nothing but internal tables).
     */
    public SqliteSchemaReader(Connection connection, SchemaDialect dialectOrNull, String versionTableOrNull) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dialect = dialectOrNull;
        this.versionTable = versionTableOrNull;
    }

    /** Every user table of the {@code main} schema. */
    public SchemaSnapshot read() throws SQLException {
        return read(name -> true);
    }

    /** The user tables of the {@code main} schema whose stored names {@code tableFilter} accepts. */
    public SchemaSnapshot read(Predicate<String> tableFilter) throws SQLException {
        Objects.requireNonNull(tableFilter, "tableFilter");
        storedTableNames = null;
        Set<String> skipped = virtualAndShadowTables();
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, String> entry : tableSql().entrySet()) {
            String name = entry.getKey();
            if (skipped.contains(SqliteTableDefinition.key(name))
                    || (versionTable != null && versionTable.equalsIgnoreCase(name))
                    || !tableFilter.test(name)) {
                continue;
            }
            tables.add(readTable(name, entry.getValue()));
        }
        return new SchemaSnapshot(tables);
    }

    /**
     * The ordinary table of the {@code main} schema with this name (SQLite matches names ignoring case; the result
     * carries the stored spelling), or empty if there is none.
     */
    public Optional<Table> readTable(String name) throws SQLException {
        Objects.requireNonNull(name, "name");
        name = Identifiers.text(name);
        storedTableNames = null;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String stored = rs.getString(1);
                String sql = rs.getString(2);
                if (isVirtual(sql) || stored.regionMatches(true, 0, "sqlite_", 0, "sqlite_".length())) {
                    return Optional.empty();
                }
                return Optional.of(readTable(stored, sql));
            }
        }
    }

    /** Stored table name to its CREATE TABLE text, for user tables (no {@code sqlite_} prefix). */
    private Map<String, String> tableSql() throws SQLException {
        Map<String, String> result = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                        "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!isVirtual(rs.getString(2))) {
                    result.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return result;
    }

    private static boolean isVirtual(String sql) {
        return sql != null && sql.regionMatches(true, 0, "CREATE VIRTUAL", 0, "CREATE VIRTUAL".length());
    }

    /** Keys of the shadow tables of virtual tables ({@code PRAGMA table_list}, SQLite 3.37+; empty before). */
    private Set<String> virtualAndShadowTables() {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(
                        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('virtual', 'shadow')");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(SqliteTableDefinition.key(rs.getString(1)));
            }
        } catch (SQLException olderSqlite) {
            // PRAGMA table_list is missing before SQLite 3.37: shadow tables are then read like any other table.
        }
        return keys;
    }

    private Table readTable(String name, String createSql) throws SQLException {
        SqliteTableDefinition definition = SqliteCreateTableParser.parse(createSql);
        List<RawColumn> rawColumns = columns(name);
        List<RawIndex> rawIndexes = indexes(name);

        boolean hasPrimaryKeyIndex =
                rawIndexes.stream().anyMatch(i -> i.origin().equals("pk"));
        List<RawColumn> keyColumns = rawColumns.stream()
                .filter(c -> c.pkPosition() > 0)
                .sorted(Comparator.comparingInt(RawColumn::pkPosition))
                .toList();
        String rowidAlias = keyColumns.size() == 1
                        && !hasPrimaryKeyIndex
                        && !definition.withoutRowid()
                        && "INTEGER"
                                .equalsIgnoreCase(keyColumns.get(0).pragmaType().trim())
                ? keyColumns.get(0).name()
                : null;

        List<Column> columns = new ArrayList<>();
        for (RawColumn raw : rawColumns) {
            boolean identity = raw.name().equals(rowidAlias);
            String declared = definition.columnType(raw.name()).orElse(raw.pragmaType());
            columns.add(new Column(
                    raw.name(),
                    columnType(declared),
                    !raw.notNull() && !identity,
                    raw.defaultValue(),
                    identity,
                    null,
                    definition.generatedExpression(raw.name())));
        }

        PrimaryKey primaryKey = keyColumns.isEmpty()
                ? null
                : new PrimaryKey(
                        definition.primaryKeyName(),
                        keyColumns.stream().map(RawColumn::name).toList());

        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<Unique> declaredUniques = new ArrayList<>(definition.uniques());
        List<RawIndex> autoIndexes = rawIndexes.stream()
                .filter(i -> i.origin().equals("u"))
                .sorted(Comparator.comparingInt(SqliteSchemaReader::autoIndexNumber)
                        .thenComparing(RawIndex::name))
                .toList();
        for (RawIndex index : autoIndexes) {
            if (index.columns().isEmpty()) {
                continue;
            }
            Unique declared = takeMatching(declaredUniques, u -> sameNames(u.columns(), index.columns()));
            uniques.add(new UniqueConstraint(declared == null ? null : declared.name(), index.columns()));
        }
        for (RawIndex index : rawIndexes) {
            if (index.origin().equals("c")
                    && !index.hasExpression()
                    && !index.columns().isEmpty()) {
                indexes.add(new Index(index.name(), index.columns(), index.unique(), index.descending()));
            }
        }
        indexes.sort(Comparator.comparing(Index::name));

        List<CheckConstraint> checks = definition.checks().stream()
                .map(check -> new CheckConstraint(check.name(), check.expression()))
                .toList();
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys(name, definition), checks, null);
    }

    private ColumnType columnType(String declared) {
        String text = declared == null || declared.isBlank() ? "BLOB" : declared.trim();
        return dialect == null ? ColumnType.raw(text) : dialect.parseType(text);
    }

    private record RawColumn(String name, String pragmaType, boolean notNull, String defaultValue, int pkPosition) {}

    private List<RawColumn> columns(String table) throws SQLException {
        List<RawColumn> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?, 'main') ORDER BY cid")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(6) == 1) {
                        continue; // a hidden column of a virtual table (2 and 3 are generated columns)
                    }
                    String type = rs.getString(2);
                    columns.add(new RawColumn(
                            rs.getString(1),
                            type == null ? "" : type,
                            rs.getInt(3) != 0,
                            rs.getString(4),
                            rs.getInt(5)));
                }
            }
        }
        return columns;
    }

    private record RawIndex(
            String name,
            boolean unique,
            String origin,
            List<String> columns,
            boolean hasExpression,
            List<String> descending) {}

    private List<RawIndex> indexes(String table) throws SQLException {
        List<String[]> listed = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, \"unique\", origin FROM pragma_index_list(?, 'main') ORDER BY seq")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    listed.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        List<RawIndex> indexes = new ArrayList<>();
        for (String[] row : listed) {
            List<String> columns = new ArrayList<>();
            List<String> descending = new ArrayList<>();
            boolean expression = false;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT cid, name, \"desc\" FROM pragma_index_xinfo(?, 'main') WHERE \"key\" = 1 ORDER BY seqno")) {
                ps.setString(1, row[0]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String column = rs.getString(2);
                        if (rs.getInt(1) < 0 || column == null) {
                            expression = true;
                        } else {
                            columns.add(column);
                            if (rs.getInt(3) == 1) {
                                descending.add(column);
                            }
                        }
                    }
                }
            }
            String origin = row[2] == null ? "c" : row[2].toLowerCase(Locale.ROOT);
            indexes.add(new RawIndex(row[0], "1".equals(row[1]), origin, columns, expression, descending));
        }
        return indexes;
    }

    /** {@code sqlite_autoindex_<table>_<n>}: the n, which follows declaration order. */
    private static int autoIndexNumber(RawIndex index) {
        String name = index.name();
        int underscore = name.lastIndexOf('_');
        try {
            return Integer.parseInt(name.substring(underscore + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return Integer.MAX_VALUE;
        }
    }

    private record RawForeignKey(String table, List<String> from, List<String> to, String onUpdate, String onDelete) {}

    private List<ForeignKey> foreignKeys(String table, SqliteTableDefinition definition) throws SQLException {
        Map<Integer, RawForeignKey> byId = new TreeMap<>(Comparator.reverseOrder());
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?, 'main') ORDER BY id, seq")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int id = rs.getInt(1);
                    RawForeignKey fk = byId.get(id);
                    if (fk == null) {
                        fk = new RawForeignKey(
                                rs.getString(2),
                                new ArrayList<>(),
                                new ArrayList<>(),
                                rs.getString(5),
                                rs.getString(6));
                        byId.put(id, fk);
                    }
                    fk.from().add(rs.getString(3));
                    fk.to().add(rs.getString(4));
                }
            }
        }
        // SQLite numbers foreign keys last-declared first; iterating ids downwards gives declaration order.
        List<Reference> declared = new ArrayList<>(definition.foreignKeys());
        List<ForeignKey> result = new ArrayList<>();
        for (RawForeignKey raw : byId.values()) {
            String parentKey = SqliteTableDefinition.key(raw.table());
            Reference match = takeMatching(
                    declared,
                    r -> sameNames(r.columns(), raw.from())
                            && SqliteTableDefinition.key(r.referencedTable()).equals(parentKey));
            String parent = storedTableName(raw.table()).orElse(raw.table());
            List<String> referenced = referencedColumns(table, raw, parent);
            result.add(new ForeignKey(
                    match == null ? null : match.name(),
                    raw.from(),
                    parent,
                    referenced,
                    ReferentialAction.fromSql(raw.onDelete()),
                    ReferentialAction.fromSql(raw.onUpdate())));
        }
        return result;
    }

    /** The referenced columns as the parent spells them; the parent's primary key when the clause names none. */
    private List<String> referencedColumns(String table, RawForeignKey raw, String parent) throws SQLException {
        boolean parentExists = storedTableName(parent).isPresent();
        List<RawColumn> parentColumns = parentExists ? columns(parent) : List.of();
        if (raw.to().stream().anyMatch(Objects::isNull)) {
            List<String> key = parentColumns.stream()
                    .filter(c -> c.pkPosition() > 0)
                    .sorted(Comparator.comparingInt(RawColumn::pkPosition))
                    .map(RawColumn::name)
                    .toList();
            if (key.size() != raw.from().size()) {
                throw new SQLException("foreign key " + table + raw.from() + " references " + raw.table()
                        + " without naming columns, and " + raw.table() + " has no matching primary key");
            }
            return key;
        }
        Map<String, String> spelled = new LinkedHashMap<>();
        for (RawColumn c : parentColumns) {
            spelled.put(SqliteTableDefinition.key(c.name()), c.name());
        }
        return raw.to().stream()
                .map(c -> spelled.getOrDefault(SqliteTableDefinition.key(c), c))
                .toList();
    }

    private Optional<String> storedTableName(String name) throws SQLException {
        if (storedTableNames == null) {
            storedTableNames = new LinkedHashMap<>();
            try (PreparedStatement ps =
                            connection.prepareStatement("SELECT name FROM main.sqlite_master WHERE type = 'table'");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    storedTableNames.put(SqliteTableDefinition.key(rs.getString(1)), rs.getString(1));
                }
            }
        }
        return Optional.ofNullable(storedTableNames.get(SqliteTableDefinition.key(name)));
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!SqliteTableDefinition.key(a.get(i)).equals(SqliteTableDefinition.key(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Removes and returns the first element matching, or null. */
    private static <T> T takeMatching(List<T> candidates, Predicate<T> matches) {
        for (int i = 0; i < candidates.size(); i++) {
            if (matches.test(candidates.get(i))) {
                return candidates.remove(i);
            }
        }
        return null;
    }
}
