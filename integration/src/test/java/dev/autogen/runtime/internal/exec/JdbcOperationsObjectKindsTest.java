package dev.autogen.runtime.internal.exec;

import static dev.autogen.databases.contract.Sql.exec;
import static dev.autogen.databases.contract.Sql.rows;
import static dev.autogen.runtime.Schema.check;
import static dev.autogen.runtime.Schema.column;
import static dev.autogen.runtime.Schema.from;
import static dev.autogen.runtime.Schema.primaryKey;
import static dev.autogen.runtime.Schema.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.MigrationSession;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Table;
import dev.autogen.databases.sqlite.SqliteSchemaReader;
import dev.autogen.runtime.Types;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Check constraints, identity changes and generated columns through the facade, on each database, with rows. */
class JdbcOperationsObjectKindsTest {

    private static void migrate(Dialect dialect, Connection c, SqlBody body) throws SQLException {
        try (MigrationSession session = dialect.openSession(c)) {
            c.setAutoCommit(false);
            try {
                body.run();
                session.beforeCommit();
                c.commit();
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    @FunctionalInterface
    interface SqlBody {
        void run() throws SQLException;
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void checksAreAddedAndDroppedByNameOrCondition(String kind) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        try (TestDatabases.Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            JdbcOperations op = new JdbcOperations(c, dialect);
            exec(
                    c,
                    "create table item (id bigint not null, qty integer, primary key (id))",
                    "insert into item (id, qty) values (1, 5)");

            migrate(dialect, c, () -> op.createCheckConstraint("item", check("item_qty_check", "qty >= 0")));
            assertThrows(SQLException.class, () -> exec(c, "insert into item (id, qty) values (2, -1)"));

            migrate(dialect, c, () -> op.dropCheckConstraint("item", "item_qty_check"));
            exec(c, "insert into item (id, qty) values (2, -1)");
            assertEquals(List.of("1|5", "2|-1"), rows(c, "select id, qty from item order by id"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void aColumnBecomesAnIdentityAndStopsBeingOneWithItsRowsKept(String kind) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        try (TestDatabases.Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            JdbcOperations op = new JdbcOperations(c, dialect);
            migrate(
                    dialect,
                    c,
                    () -> op.createTable(
                            "item",
                            column("id", Types.INTEGER).notNull(),
                            column("label", Types.VARCHAR(10)),
                            primaryKey("id")));
            exec(c, "insert into item (id, label) values (7, 'seven')");

            migrate(
                    dialect,
                    c,
                    () -> op.alterColumn(
                            "item",
                            "id",
                            from(Types.INTEGER).notNull(),
                            to(Types.INTEGER).notNull().identity()));
            exec(c, "insert into item (label) values ('next')");
            assertEquals(List.of("7|seven", "8|next"), rows(c, "select id, label from item order by id"));

            migrate(
                    dialect,
                    c,
                    () -> op.alterColumn(
                            "item",
                            "id",
                            from(Types.INTEGER).notNull().identity(),
                            to(Types.INTEGER).notNull()));
            assertEquals(List.of("7|seven", "8|next"), rows(c, "select id, label from item order by id"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void generatedColumnsAreComputedAgainAfterAChange(String kind) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        try (TestDatabases.Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            JdbcOperations op = new JdbcOperations(c, dialect);
            migrate(
                    dialect,
                    c,
                    () -> op.createTable(
                            "item",
                            column("id", Types.BIGINT).notNull(),
                            column("qty", Types.INTEGER).notNull(),
                            column("label", Types.VARCHAR(10)),
                            column("doubled", Types.INTEGER).generated("qty * 2"),
                            primaryKey("id"),
                            check(null, "qty < 100")));
            exec(c, "insert into item (id, qty, label) values (1, 21, 'a')");

            // on SQLite, a rebuild: the generated column and the check come back from the model
            migrate(
                    dialect,
                    c,
                    () -> op.alterColumn(
                            "item",
                            "label",
                            from(Types.VARCHAR(10)),
                            to(Types.VARCHAR(20)).notNull().serverDefault("'x'")));
            assertEquals(List.of("1|21|42"), rows(c, "select id, qty, doubled from item"));
            assertThrows(SQLException.class, () -> exec(c, "insert into item (id, qty) values (2, 100)"));

            migrate(dialect, c, () -> {
                op.dropColumn("item", "doubled");
                op.addColumn("item", column("doubled", Types.INTEGER).generated("qty * 3"));
            });
            assertEquals(List.of("1|21|63"), rows(c, "select id, qty, doubled from item"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void sqliteDropsAnUnnamedCheckByItsCondition(String kind) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        try (TestDatabases.Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            JdbcOperations op = new JdbcOperations(c, dialect);
            exec(
                    c,
                    "create table job (id integer, status varchar(10) check (status in ('NEW','DONE')), qty integer, "
                            + "primary key (id), constraint ck_job_qty check (qty >= 0))");

            migrate(dialect, c, () -> op.dropCheckConstraint("job", check(null, "STATUS IN ('NEW', 'DONE')")));

            Table job = new SqliteSchemaReader(c, dialect).readTable("job").orElseThrow();
            assertEquals(List.of(new CheckConstraint("ck_job_qty", "qty >= 0")), job.checks());
            assertThrows(
                    IllegalStateException.class,
                    () -> migrate(dialect, c, () -> op.dropCheckConstraint("job", check(null, "status in ('NEW')"))));
        }
    }
}
