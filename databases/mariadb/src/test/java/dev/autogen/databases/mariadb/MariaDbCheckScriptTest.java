package dev.autogen.databases.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.TableLookup;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.DropCheckOp;
import dev.autogen.runtime.Types;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An unnamed check dropped by an offline script on a real MariaDB: the script finds the name the server gave it
 * (the column's own, or {@code CONSTRAINT_n}) by its condition, in the forms the server stores it.
 */
class MariaDbCheckScriptTest {

    private static final CheckConstraint TYPE = new CheckConstraint(null, "type in ('group')", "type");
    private static final CheckConstraint NOTE = new CheckConstraint(null, "note != 'it''s'");
    private static final CheckConstraint ID = new CheckConstraint(null, "(id > 0)");
    private static final Table TRIP = new Table(
            "trip",
            List.of(
                    new Column("id", Types.BIGINT, false, null, false),
                    new Column("type", Types.VARCHAR(10), false, null, false),
                    new Column("note", Types.VARCHAR(20), true, "'x'", false, "it's", null)),
            new PrimaryKey(null, List.of("id")),
            List.of(),
            List.of(),
            List.of(),
            List.of(TYPE, NOTE, ID),
            null);

    @Test
    void theScriptFindsTheNameTheServerGaveTheCheck() throws Exception {
        TableLookup model = name -> name.equals("trip") ? Optional.of(TRIP) : Optional.empty();
        try (Db db = TestDatabases.mariadb();
                Connection c = db.connect()) {
            execute(
                    c,
                    "create table trip (id bigint not null, type varchar(10) not null check (type in ('group')),"
                            + " note varchar(20) default 'x' comment 'it''s', primary key (id))");
            execute(c, "alter table trip add check (note <> 'it''s')");
            execute(c, "alter table trip add check (id > 0)");
            assertEquals(List.of("CONSTRAINT_1 Table", "CONSTRAINT_2 Table", "type Column"), checks(c));

            // the column's check (stored as `type` = 'group'): the column is redefined without it
            run(c, MariaDbDialect.MARIADB.statements(new DropCheckOp("trip", TYPE), model));
            assertEquals(List.of("CONSTRAINT_1 Table", "CONSTRAINT_2 Table"), checks(c));
            assertEquals(List.of("varchar(10) NO null ", "varchar(20) YES 'x' it's"), columns(c));

            // a table check, stored as `note` <> 'it\'s'
            run(c, MariaDbDialect.MARIADB.statements(new DropCheckOp("trip", NOTE), model));
            assertEquals(List.of("CONSTRAINT_2 Table"), checks(c));

            // none left with that condition: the script stops, nothing else is dropped
            SQLException missing = assertThrows(
                    SQLException.class,
                    () -> run(c, MariaDbDialect.MARIADB.statements(new DropCheckOp("trip", NOTE), model)));
            assertTrue(
                    missing.getMessage().contains("autogen: no unnamed check constraint with this condition on trip"),
                    missing::getMessage);
            assertEquals(List.of("CONSTRAINT_2 Table"), checks(c));

            // two with that condition: the script stops, both stay
            execute(c, "alter table trip add check (id > 0)");
            SQLException two = assertThrows(
                    SQLException.class,
                    () -> run(c, MariaDbDialect.MARIADB.statements(new DropCheckOp("trip", ID), model)));
            assertTrue(two.getMessage().contains("Subquery returns more than 1 row"), two::getMessage);
            assertEquals(List.of("CONSTRAINT_1 Table", "CONSTRAINT_2 Table"), checks(c));
        }
    }

    /** MySQL names it {@code trip_chk_1}, found only with a connection: one line saying so. */
    @Test
    void mySqlCannotWithoutAConnection() {
        TableLookup model = name -> Optional.of(TRIP);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> MariaDbDialect.MYSQL.statements(new DropCheckOp("trip", NOTE), model));
        assertEquals(
                "cannot drop the unnamed check constraint (note != 'it''s') on trip: MySQL names it"
                        + " <table>_chk_<n>, which only a database connection can find",
                e.getMessage());
    }

    private static void run(Connection c, List<String> statements) throws SQLException {
        for (String sql : statements) {
            execute(c, sql);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> checks(Connection c) throws SQLException {
        return strings(
                c,
                "select concat(CONSTRAINT_NAME, ' ', LEVEL) from information_schema.CHECK_CONSTRAINTS"
                        + " where CONSTRAINT_SCHEMA = database() and TABLE_NAME = 'trip' order by 1");
    }

    private static List<String> columns(Connection c) throws SQLException {
        return strings(
                c,
                "select concat(COLUMN_TYPE, ' ', IS_NULLABLE, ' ', coalesce(COLUMN_DEFAULT, 'null'), ' ', COLUMN_COMMENT)"
                        + " from information_schema.COLUMNS where TABLE_SCHEMA = database() and TABLE_NAME = 'trip'"
                        + " and COLUMN_NAME <> 'id' order by ORDINAL_POSITION");
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
