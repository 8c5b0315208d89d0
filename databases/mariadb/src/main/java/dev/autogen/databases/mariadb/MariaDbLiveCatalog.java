package dev.autogen.databases.mariadb;

import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Identifiers;
import dev.autogen.core.model.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link MariaDbLive} from the connection's current database ({@code DATABASE()}), or the database a qualified table
 * name names ({@code sales.orders}, {@link QualifiedName}), through {@code information_schema}. SQL failures surface as {@link UncheckedSql}, which the dialect unwraps.
 */
final class MariaDbLiveCatalog implements MariaDbLive {

    private static final String COLUMN = "SELECT EXTRA, GENERATION_EXPRESSION, NULL FROM information_schema.COLUMNS"
            + " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? AND COLUMN_NAME = ?";
    /** MariaDB: also the check declared in the column's definition, named after the column. */
    private static final String COLUMN_MARIADB = "SELECT c.EXTRA, c.GENERATION_EXPRESSION, (SELECT cc.CHECK_CLAUSE"
            + " FROM information_schema.CHECK_CONSTRAINTS cc WHERE cc.CONSTRAINT_SCHEMA = c.TABLE_SCHEMA"
            + " AND cc.TABLE_NAME = c.TABLE_NAME AND cc.CONSTRAINT_NAME = c.COLUMN_NAME AND cc.LEVEL = 'Column')"
            + " FROM information_schema.COLUMNS c"
            + " WHERE c.TABLE_SCHEMA = COALESCE(?, DATABASE()) AND c.TABLE_NAME = ? AND c.COLUMN_NAME = ?";

    private static final String INDEXES =
            "SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS"
                    + " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? ORDER BY INDEX_NAME, SEQ_IN_INDEX";
    private static final String FOREIGN_KEYS = "SELECT CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME,"
            + " REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE"
            + " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? AND REFERENCED_TABLE_NAME IS NOT NULL"
            + " ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION";

    private static final String CHECKS =
            "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                    + " WHERE CONSTRAINT_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME";
    /** MySQL's CHECK_CONSTRAINTS has no table: it comes from TABLE_CONSTRAINTS. */
    private static final String CHECKS_MYSQL = "SELECT cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE"
            + " FROM information_schema.CHECK_CONSTRAINTS cc JOIN information_schema.TABLE_CONSTRAINTS tc"
            + " ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME"
            + " AND tc.CONSTRAINT_TYPE = 'CHECK'"
            + " WHERE tc.TABLE_SCHEMA = COALESCE(?, DATABASE()) AND tc.TABLE_NAME = ? ORDER BY cc.CONSTRAINT_NAME";

    private static final String CHECK_LEVEL = "SELECT LEVEL FROM information_schema.CHECK_CONSTRAINTS"
            + " WHERE CONSTRAINT_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? AND CONSTRAINT_NAME = ?";

    private final Connection connection;
    private final MariaDbDialect dialect;

    MariaDbLiveCatalog(Connection connection, MariaDbDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override
    public Optional<String> columnWithoutCheck(String table, String check) {
        boolean columnLevel = false;
        try (PreparedStatement ps = connection.prepareStatement(CHECK_LEVEL)) {
            setTable(ps, table);
            ps.setString(3, Identifiers.text(check));
            try (ResultSet rs = ps.executeQuery()) {
                columnLevel = rs.next() && "Column".equalsIgnoreCase(rs.getString(1));
            }
            if (!columnLevel) {
                return Optional.empty();
            }
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + dialect.quoteQualified(table))) {
                return rs.next() ? MariaDbColumnCheck.definitionWithoutCheck(rs.getString(2), check) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    /** The first check of the table whose condition normalises as {@code expression}'s does. */
    @Override
    public Optional<String> checkName(String table, String expression) {
        String wanted = dialect.normalizeCheck(expression);
        try (PreparedStatement ps = connection.prepareStatement(dialect.isMySql() ? CHECKS_MYSQL : CHECKS)) {
            setTable(ps, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (wanted.equals(dialect.normalizeCheck(rs.getString(2)))) {
                        return Optional.of(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
        return Optional.empty();
    }

    /** An index: its name, uniqueness and columns in order. */
    private record LiveIndex(String name, boolean unique, List<String> columns) {}

    @Override
    public Optional<LiveColumn> column(String table, String column) {
        try (PreparedStatement ps = connection.prepareStatement(dialect.isMySql() ? COLUMN : COLUMN_MARIADB)) {
            setTable(ps, table);
            ps.setString(3, Identifiers.text(column));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String extra = String.valueOf(rs.getString(1)).toLowerCase(Locale.ROOT);
                boolean stored = extra.contains("stored generated") || extra.contains("persistent");
                boolean virtual = extra.contains("virtual generated") || extra.equals("virtual");
                String expression = stored || virtual ? rs.getString(2) : null;
                int onUpdate = extra.indexOf("on update ");
                return Optional.of(new LiveColumn(
                        extra.contains("auto_increment"),
                        expression,
                        virtual,
                        onUpdate < 0
                                ? null
                                : rs.getString(1)
                                        .substring(onUpdate + "on update ".length())
                                        .trim(),
                        rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    @Override
    public Optional<IndexToDrop> backingIndex(String table, String foreignKey) {
        List<ForeignKey> keys = foreignKeys(table);
        ForeignKey key = keys.stream()
                .filter(k -> k.name().equalsIgnoreCase(foreignKey))
                .findFirst()
                .orElse(null);
        if (key == null) {
            return Optional.empty();
        }
        boolean sharedWithAnotherKey =
                keys.stream().anyMatch(k -> k != key && lower(k.columns()).equals(lower(key.columns())));
        if (sharedWithAnotherKey) {
            return Optional.empty();
        }
        return indexes(table).stream()
                .filter(i -> ForeignKeyIndexes.backs(i.name(), i.columns(), i.unique(), key.name(), key.columns()))
                .findFirst()
                .map(i -> new IndexToDrop(i.name(), false));
    }

    @Override
    public Optional<String> uniqueName(String table, List<String> columns) {
        return indexes(table).stream()
                .filter(i -> i.unique()
                        && !i.name().equals("PRIMARY")
                        && lower(i.columns()).equals(lower(columns)))
                .map(LiveIndex::name)
                .findFirst();
    }

    @Override
    public Optional<String> foreignKeyName(String table, List<String> columns) {
        return foreignKeys(table).stream()
                .filter(k -> lower(k.columns()).equals(lower(columns)))
                .map(ForeignKey::name)
                .findFirst();
    }

    @Override
    public List<ForeignKey> keysNeeding(String table, String index) {
        List<LiveIndex> indexes = indexes(table);
        LiveIndex dropped = indexes.stream()
                .filter(i -> i.name().equalsIgnoreCase(index))
                .findFirst()
                .orElse(null);
        if (dropped == null) {
            return List.of();
        }
        List<ForeignKey> needing = new ArrayList<>();
        for (ForeignKey key : foreignKeys(table)) {
            boolean served = startsWith(dropped.columns(), key.columns());
            boolean servedElsewhere =
                    indexes.stream().anyMatch(i -> i != dropped && startsWith(i.columns(), key.columns()));
            if (served && !servedElsewhere) {
                needing.add(key);
            }
        }
        return needing;
    }

    private List<LiveIndex> indexes(String table) {
        Map<String, LiveIndex> byName = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(INDEXES)) {
            setTable(ps, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    LiveIndex index =
                            byName.computeIfAbsent(name, n -> new LiveIndex(n, !isTrue(rs, 2), new ArrayList<>()));
                    index.columns().add(rs.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
        return List.copyOf(byName.values());
    }

    private List<ForeignKey> foreignKeys(String table) {
        Map<String, List<String[]>> byName = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(FOREIGN_KEYS)) {
            setTable(ps, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byName.computeIfAbsent(rs.getString(1), n -> new ArrayList<>())
                            .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
        List<ForeignKey> keys = new ArrayList<>();
        byName.forEach((name, rows) -> keys.add(new ForeignKey(
                name,
                rows.stream().map(r -> r[0]).toList(),
                rows.get(0)[1],
                rows.stream().map(r -> r[2]).toList(),
                null,
                null)));
        return keys;
    }

    /** The table's database (null: the current one) and name as the first two parameters. */
    private static void setTable(PreparedStatement ps, String table) throws SQLException {
        QualifiedName name = QualifiedName.parse(table);
        ps.setString(1, name.schema() == null ? null : Identifiers.text(name.schema()));
        ps.setString(2, Identifiers.text(name.name()));
    }

    private static boolean isTrue(ResultSet rs, int column) {
        try {
            return rs.getInt(column) != 0;
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size()
                && lower(columns.subList(0, prefix.size())).equals(lower(prefix));
    }

    /** Column names compare ignoring case on MariaDB and MySQL. */
    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    /** A SQL failure while rendering; {@link MariaDbDialect#apply} rethrows the cause. */
    static final class UncheckedSql extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
