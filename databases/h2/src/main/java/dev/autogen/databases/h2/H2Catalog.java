package dev.autogen.databases.h2;

import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.sql.SqlLexer;
import dev.autogen.core.sql.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the DDL reads from H2's {@code INFORMATION_SCHEMA} in a table's schema (the connection's current one unless the
 * name says another, {@link QualifiedName}): names H2 gave constraints itself and what depends on a column or an
 * index. Names are passed as H2 stores them ({@link H2Dialect#nameKey}). Without a connection ({@link #NONE}) nothing is known: a constraint
 * without a name cannot be dropped and nothing is dropped along with a column. SQL errors come out as
 * {@link H2LookupException}.
 */
class H2Catalog {

    /** No database: constraints must be named, dependents are left to H2. */
    static final H2Catalog NONE = new H2Catalog(null);

    /** A table constraint and its columns in key order. */
    record Constraint(String name, String type, List<String> columns) {}

    private static final String CONSTRAINTS = """
            SELECT TC.CONSTRAINT_NAME, TC.CONSTRAINT_TYPE, KCU.COLUMN_NAME
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE KCU
              ON KCU.CONSTRAINT_SCHEMA = TC.CONSTRAINT_SCHEMA AND KCU.CONSTRAINT_NAME = TC.CONSTRAINT_NAME
            WHERE TC.TABLE_SCHEMA = COALESCE(CAST(? AS VARCHAR), CURRENT_SCHEMA) AND TC.TABLE_NAME = ?
            ORDER BY TC.CONSTRAINT_NAME, KCU.ORDINAL_POSITION""";

    private static final String CHECKS = """
            SELECT TC.CONSTRAINT_NAME, CC.CHECK_CLAUSE, CCU.COLUMN_NAME
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC
            JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS CC
              ON CC.CONSTRAINT_SCHEMA = TC.CONSTRAINT_SCHEMA AND CC.CONSTRAINT_NAME = TC.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.CONSTRAINT_COLUMN_USAGE CCU
              ON CCU.CONSTRAINT_SCHEMA = TC.CONSTRAINT_SCHEMA AND CCU.CONSTRAINT_NAME = TC.CONSTRAINT_NAME
             AND CCU.TABLE_SCHEMA = TC.TABLE_SCHEMA AND CCU.TABLE_NAME = TC.TABLE_NAME
            WHERE TC.TABLE_SCHEMA = COALESCE(CAST(? AS VARCHAR), CURRENT_SCHEMA) AND TC.TABLE_NAME = ?
              AND TC.CONSTRAINT_TYPE = 'CHECK'
            ORDER BY TC.CONSTRAINT_NAME""";

    private static final String USER_INDEXES = """
            SELECT I.INDEX_NAME, IC.COLUMN_NAME
            FROM INFORMATION_SCHEMA.INDEXES I
            JOIN INFORMATION_SCHEMA.INDEX_COLUMNS IC
              ON IC.INDEX_SCHEMA = I.INDEX_SCHEMA AND IC.INDEX_NAME = I.INDEX_NAME
            WHERE I.TABLE_SCHEMA = COALESCE(CAST(? AS VARCHAR), CURRENT_SCHEMA) AND I.TABLE_NAME = ? AND NOT I.IS_GENERATED
            ORDER BY I.INDEX_NAME, IC.ORDINAL_POSITION""";

    private static final String INDEX_USERS = """
            SELECT TC.TABLE_NAME, TC.CONSTRAINT_NAME, TC.CONSTRAINT_TYPE
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC
            WHERE TC.INDEX_SCHEMA = COALESCE(CAST(? AS VARCHAR), CURRENT_SCHEMA) AND TC.INDEX_NAME = ?
              AND TC.CONSTRAINT_TYPE IN ('FOREIGN KEY', 'UNIQUE')
            ORDER BY TC.CONSTRAINT_NAME""";

    private static final String FOREIGN_KEY = """
            SELECT KCU.COLUMN_NAME, PK.TABLE_NAME, PK.COLUMN_NAME, RC.DELETE_RULE, RC.UPDATE_RULE,
                   PK.TABLE_SCHEMA <> KCU.TABLE_SCHEMA, PK.TABLE_SCHEMA
            FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS RC
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE KCU
              ON KCU.CONSTRAINT_SCHEMA = RC.CONSTRAINT_SCHEMA AND KCU.CONSTRAINT_NAME = RC.CONSTRAINT_NAME
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE PK
              ON PK.CONSTRAINT_SCHEMA = RC.UNIQUE_CONSTRAINT_SCHEMA AND PK.CONSTRAINT_NAME = RC.UNIQUE_CONSTRAINT_NAME
             AND PK.ORDINAL_POSITION = KCU.POSITION_IN_UNIQUE_CONSTRAINT
            WHERE RC.CONSTRAINT_SCHEMA = COALESCE(CAST(? AS VARCHAR), CURRENT_SCHEMA) AND RC.CONSTRAINT_NAME = ?
            ORDER BY KCU.ORDINAL_POSITION""";

    private final Connection connection;

    H2Catalog(Connection connection) {
        this.connection = connection;
    }

    /**
     * The name of the constraint of this type ({@code UNIQUE}, {@code FOREIGN KEY}) on exactly these columns.
     *
     * @throws IllegalArgumentException without a database, or when the table has no such constraint
     */
    String constraintName(QualifiedName table, String type, List<String> columns) {
        String what = type.toLowerCase(Locale.ROOT) + " constraint on " + table + " " + columns;
        if (connection == null) {
            throw new IllegalArgumentException("the " + what + " has no name, and H2 names such constraints itself"
                    + " (CONSTRAINT_xx): give its name");
        }
        for (Constraint constraint : constraints(table)) {
            if (constraint.type().equals(type) && constraint.columns().equals(columns)) {
                return constraint.name();
            }
        }
        throw new IllegalArgumentException("there is no " + what + " to drop");
    }

    /**
     * The name of the check constraint whose condition reads like {@code expression} (ignoring case, spaces and
     * identifier quotes: H2 stores {@code a > 0} as {@code "A" > 0}).
     *
     * @throws IllegalArgumentException without a database, or unless exactly one check matches
     */
    String checkName(QualifiedName table, String expression) {
        if (connection == null) {
            throw new IllegalArgumentException("cannot drop the unnamed check constraint (" + expression + ") on "
                    + table + ": give the name H2 chose for it");
        }
        String wanted = looseCondition(expression);
        String normalized = H2Dialect.INSTANCE.normalizeCheck(expression);
        List<String> matches = new ArrayList<>();
        for (Map.Entry<String, String> check : checkClauses(table).entrySet()) {
            // as written, or as the dialect compares conditions (casts H2 added, as in "PRICE" >= CAST(0 AS ...))
            if (looseCondition(check.getValue()).equals(wanted)
                    || H2Dialect.INSTANCE.normalizeCheck(check.getValue()).equals(normalized)) {
                matches.add(check.getKey());
            }
        }
        if (matches.size() != 1) {
            throw new IllegalArgumentException("cannot tell which check constraint on " + table + " is (" + expression
                    + ")" + (matches.isEmpty() ? "" : ": " + matches) + "; give its name");
        }
        return matches.get(0);
    }

    /** The constraints of the table: primary key, unique and foreign keys, with their columns. */
    List<Constraint> constraints(QualifiedName table) {
        Map<String, Constraint> byName = new LinkedHashMap<>();
        query(CONSTRAINTS, table, rs -> {
            Constraint c =
                    byName.computeIfAbsent(rs.getString(1), n -> new Constraint(n, text(rs, 2), new ArrayList<>()));
            c.columns().add(rs.getString(3));
        });
        return List.copyOf(byName.values());
    }

    /** The check constraints of the table that use the column. */
    List<String> checksUsing(QualifiedName table, String column) {
        Set<String> names = new LinkedHashSet<>();
        query(CHECKS, table, rs -> {
            if (column.equals(rs.getString(3))) {
                names.add(rs.getString(1));
            }
        });
        return List.copyOf(names);
    }

    /** The indexes created by statements (not by constraints) on the table, with their columns. */
    Map<String, List<String>> userIndexes(QualifiedName table) {
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        query(
                USER_INDEXES,
                table,
                rs -> indexes.computeIfAbsent(rs.getString(1), n -> new ArrayList<>())
                        .add(rs.getString(2)));
        return indexes;
    }

    /**
     * The foreign keys and unique constraints that enforce themselves through this index (H2 lets a constraint use an
     * index that existed before it, and then refuses to drop the index), with what it takes to create them again.
     * They are in the index's schema, which is its table's.
     */
    List<IndexUser> usersOf(QualifiedName index) {
        if (connection == null) {
            return List.of();
        }
        List<String[]> found = new ArrayList<>();
        query(INDEX_USERS, index, rs -> found.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}));
        List<IndexUser> users = new ArrayList<>();
        for (String[] row : found) {
            String table = row[0];
            String name = row[1];
            if (row[2].equals("UNIQUE")) {
                List<String> columns = constraints(new QualifiedName(index.schema(), table)).stream()
                        .filter(c -> c.name().equals(name))
                        .findFirst()
                        .orElseThrow()
                        .columns();
                users.add(new IndexUser(table, name, null, new UniqueConstraint(name, columns)));
            } else {
                users.add(new IndexUser(table, name, foreignKey(new QualifiedName(index.schema(), name)), null));
            }
        }
        return users;
    }

    /**
     * A constraint that uses an index: exactly one of {@code foreignKey} and {@code unique} is set. {@code table} is
     * the name H2 stores, in the index's schema.
     */
    record IndexUser(String table, String name, ForeignKey foreignKey, UniqueConstraint unique) {}

    /**
     * The foreign key; its referenced table is named {@code schema.table} unless both are in the current schema.
     */
    private ForeignKey foreignKey(QualifiedName name) {
        List<String> columns = new ArrayList<>();
        List<String> referenced = new ArrayList<>();
        String[] target = new String[3];
        query(FOREIGN_KEY, name, rs -> {
            columns.add(rs.getString(1));
            boolean qualify = rs.getBoolean(6) || name.schema() != null;
            target[0] = qualify ? QualifiedName.of(rs.getString(7), rs.getString(2)) : rs.getString(2);
            referenced.add(rs.getString(3));
            target[1] = rs.getString(4);
            target[2] = rs.getString(5);
        });
        return new ForeignKey(
                name.name(),
                columns,
                target[0],
                referenced,
                ReferentialAction.fromSql(target[1]),
                ReferentialAction.fromSql(target[2]));
    }

    private Map<String, String> checkClauses(QualifiedName table) {
        Map<String, String> clauses = new LinkedHashMap<>();
        query(CHECKS, table, rs -> clauses.putIfAbsent(rs.getString(1), rs.getString(2)));
        return clauses;
    }

    /** A condition without identifier quotes, spaces or case: {@code "A" > 0} and {@code a>0} read the same. */
    private static String looseCondition(String text) {
        String condition = SqlText.stripOuterParens(text);
        StringBuilder out = new StringBuilder();
        for (SqlLexer.Token t : SqlLexer.tokens(condition, SqlText.RULES)) {
            switch (t.kind()) {
                case STRING -> out.append(t.text());
                case WHITESPACE -> {}
                case QUOTED ->
                    t.text()
                            .chars()
                            .filter(c -> c != '"' && !Character.isWhitespace(c))
                            .forEach(c -> out.append(Character.toLowerCase((char) c)));
                default -> SqlText.appendLower(out, t.text());
            }
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} with the schema (null: the current one) and the name of {@code object} as its parameters. */
    private void query(String sql, QualifiedName object, Row row) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, object.schema());
            ps.setString(2, object.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new H2LookupException(e);
        }
    }

    private static String text(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new H2LookupException(e);
        }
    }
}
