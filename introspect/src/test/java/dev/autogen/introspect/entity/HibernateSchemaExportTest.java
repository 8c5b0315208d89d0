package dev.autogen.introspect.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hibernate's export: the same statements as Hibernate's own schema creator, and they run on real databases, where
 * the result agrees with what the entity reader says Hibernate creates.
 */
class HibernateSchemaExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite", "h2"})
    void statementsAreThoseOfHibernatesSchemaCreator(String database) {
        Dialect dialect = Dialects.forName(database);
        List<String> ours = new HibernateSchemaExport().createStatements(Fixtures.blog(), dialect);
        List<String> hibernates;
        try (HibernateBoot boot = HibernateBoot.start(Fixtures.blog(), HibernateTarget.forDialect(database, null))) {
            hibernates = new SchemaCreatorImpl(boot.registry()).generateCreationCommands(boot.metadata(), false);
        }
        assertEquals(hibernates, ours);
        assertTrue(ours.size() > 10, ours.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite", "h2"})
    void exportRunsAndMatchesTheReadSnapshot(String database) throws Exception {
        Dialect dialect = Dialects.forName(database);
        SchemaSnapshot snapshot = new EntityReader().read(Fixtures.blog(), dialect);
        try (TestDatabases.Db db = TestDatabases.of(database);
                Connection connection = db.connect()) {
            new HibernateSchemaExport().apply(Fixtures.blog(), dialect, connection);

            DatabaseMetaData meta = connection.getMetaData();
            Map<String, Table> expected = new TreeMap<>();
            snapshot.tables().forEach(t -> expected.put(dialect.nameKey(t.name()), t));
            assertEquals(expected.keySet(), tables(meta, db.schema(), dialect));
            for (Table table : snapshot.tables()) {
                assertTableMatches(meta, db.schema(), table, dialect);
            }
            if (database.equals("postgresql")) {
                assertEquals(
                        Set.of("media_seq", "post_seq"),
                        query(
                                connection,
                                "select sequence_name from information_schema.sequences where sequence_schema = '"
                                        + db.schema() + "'"));
                assertEquals(
                        Set.of("author_handle_key", "uk_author_email_tenant", "tag_name_key"),
                        query(
                                connection,
                                "select constraint_name from information_schema.table_constraints where constraint_type = 'UNIQUE'"
                                        + " and table_schema = '" + db.schema() + "'"));
            } else if (database.equals("h2")) {
                assertEquals(
                        Set.of("MEDIA_SEQ", "POST_SEQ"),
                        query(
                                connection,
                                "select sequence_name from information_schema.sequences where sequence_schema = 'PUBLIC'"));
            } else {
                assertEquals(Set.of("1"), query(connection, "select next_val from post_seq"));
            }
        }
    }

    private static void assertTableMatches(DatabaseMetaData meta, String schema, Table table, Dialect dialect)
            throws SQLException {
        List<String> names = new ArrayList<>();
        Map<String, Boolean> nullable = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, schema, table.name(), "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                names.add(name);
                nullable.put(dialect.nameKey(name), rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable);
            }
        }
        assertEquals(table.columns().stream().map(Column::name).toList(), names, table.name());
        List<String> primaryKey = primaryKey(meta, schema, table.name());
        assertEquals(table.primaryKey() == null ? List.of() : table.primaryKey().columns(), primaryKey, table.name());
        for (Column column : table.columns()) {
            if (!primaryKey.contains(column.name())) {
                assertEquals(
                        column.nullable(),
                        nullable.get(dialect.nameKey(column.name())),
                        table.name() + "." + column.name());
            }
        }
        Set<String> foreignKeys = new TreeSet<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table.name())) {
            while (rs.next()) {
                foreignKeys.add(rs.getString("FKCOLUMN_NAME") + "->" + rs.getString("PKTABLE_NAME") + "."
                        + rs.getString("PKCOLUMN_NAME"));
            }
        }
        Set<String> expectedForeignKeys = new TreeSet<>();
        for (ForeignKey fk : table.foreignKeys()) {
            for (int i = 0; i < fk.columns().size(); i++) {
                expectedForeignKeys.add(fk.columns().get(i) + "->" + fk.referencedTable() + "."
                        + fk.referencedColumns().get(i));
            }
        }
        // Hibernate's SQLite export creates no foreign keys; the snapshot keeps them, for Autogen to create inline.
        assertEquals(dialect.name().equals("sqlite") ? Set.of() : expectedForeignKeys, foreignKeys, table.name());
        if (!table.indexes().isEmpty()) {
            Set<String> indexes = new TreeSet<>();
            try (ResultSet rs = meta.getIndexInfo(null, schema, table.name(), false, false)) {
                while (rs.next()) {
                    if (rs.getString("INDEX_NAME") != null) {
                        indexes.add(dialect.nameKey(rs.getString("INDEX_NAME")));
                    }
                }
            }
            table.indexes().forEach(i -> assertTrue(indexes.contains(dialect.nameKey(i.name())), i + " in " + indexes));
        }
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(columns.values());
    }

    private static Set<String> tables(DatabaseMetaData meta, String schema, Dialect dialect) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(dialect.nameKey(rs.getString("TABLE_NAME")));
            }
        }
        assertFalse(names.isEmpty());
        return names;
    }

    private static Set<String> query(Connection connection, String sql) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
