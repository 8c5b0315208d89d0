package dev.autogen.databases.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.databases.contract.Sql;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which statements cannot run in a transaction block, checked against PostgreSQL itself: each one the session names
 * fails there inside a transaction (SQLSTATE 25001), and runs with auto-commit on; the look-alikes run in one.
 */
class PostgresSessionTest {

    private static final PostgresSession SESSION = PostgresSession.INSTANCE;

    @Test
    void theStatementsNamedFailInATransactionAndTheLookAlikesDoNot() throws Exception {
        List<String> outside = List.of(
                "CREATE INDEX CONCURRENTLY ix_a ON t (a)",
                "create unique index concurrently ix_b on t (b)",
                "/* why */ CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_c ON t (a)",
                "REINDEX (VERBOSE) INDEX CONCURRENTLY ix_a",
                "DROP INDEX CONCURRENTLY ix_a",
                "VACUUM t");
        List<String> inside = List.of(
                "CREATE INDEX ix_d ON t (a)",
                "CREATE TABLE concurrently_built (a int)",
                "CREATE VIEW v AS SELECT a AS \"concurrently\" FROM t",
                "DROP INDEX ix_d",
                "ALTER TABLE t ADD COLUMN c int",
                "-- VACUUM\nUPDATE t SET a = a");
        try (TestDatabases.Db db = TestDatabases.postgres();
                Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (a int, b int)");
            for (String sql : outside) {
                assertTrue(SESSION.runsOutsideTransaction(sql), sql);
                c.setAutoCommit(false);
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertEquals("25001", e.getSQLState(), sql + ": " + e.getMessage());
                c.rollback();
                c.setAutoCommit(true);
                s.execute(sql); // with auto-commit on it runs
            }
            for (String sql : inside) {
                assertFalse(SESSION.runsOutsideTransaction(sql), sql);
                c.setAutoCommit(false);
                s.execute(sql);
                c.commit();
                c.setAutoCommit(true);
            }
        }
    }

    /** The session's lock_timeout holds while it is open, and the connection's own comes back when it closes. */
    @Test
    void lockWaitsAreLimitedWhileTheSessionIsOpen() throws Exception {
        try (TestDatabases.Db db = TestDatabases.postgres();
                Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("SET lock_timeout = '7s'");
            PostgresSession session = new PostgresSession(c);
            session.limitLockWaits(c, java.time.Duration.ofMillis(1500));
            assertEquals(List.of("1500ms"), Sql.rows(c, "SHOW lock_timeout"));
            session.close();
            assertEquals(List.of("7s"), Sql.rows(c, "SHOW lock_timeout"));
        }
    }

    @Test
    void runningAgainAStatementThatHadCompletedShowsItWasDone() throws Exception {
        try (TestDatabases.Db db = TestDatabases.postgres();
                Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (a int)");
            s.execute("CREATE INDEX CONCURRENTLY ix_a ON t (a)");
            for (String again : List.of(
                    "CREATE INDEX CONCURRENTLY ix_a ON t (a)",
                    "ALTER TABLE t ADD COLUMN a int",
                    "CREATE TABLE t (a int)")) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(again), again);
                assertTrue(SESSION.showsAlreadyDone(e), again + ": " + e.getSQLState());
            }
            s.execute("DROP INDEX ix_a");
            SQLException gone = assertThrows(SQLException.class, () -> s.execute("DROP INDEX ix_a"));
            assertTrue(SESSION.showsAlreadyDone(gone), gone.getSQLState());
            SQLException syntax = assertThrows(SQLException.class, () -> s.execute("CREATE INDX ix ON t (a)"));
            assertFalse(SESSION.showsAlreadyDone(syntax), syntax.getSQLState());
        }
    }
}
