package dev.autogen.databases.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.MigrationSession;
import dev.autogen.runtime.internal.exec.JdbcSqlSink;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Autogen's session on a real MariaDB whose connection starts lenient ({@code sql_mode=''}, latin1). */
class MariaDbSessionTest {

    @Test
    void strictWhileOpenAndTheConnectionsOwnSettingsAfterwards() throws Exception {
        try (Db db = TestDatabases.mariadb();
                Connection c = DriverManager.getConnection(db.url() + "&sessionVariables=sql_mode=''")) {
            execute(c, "SET collation_connection = utf8mb4_bin");
            try (MigrationSession session = MariaDbDialect.MARIADB.openSession(c)) {
                assertEquals(MariaDbSession.STRICT_MODE, value(c, "@@SESSION.sql_mode"));
                assertEquals("utf8mb4_general_ci", value(c, "@@SESSION.collation_connection"));
            }
            assertEquals("", value(c, "@@SESSION.sql_mode"));
            assertEquals("utf8mb4_bin", value(c, "@@SESSION.collation_connection"));
        }
    }

    @Test
    void aWarningFailsAutogensStatementButNotTheAuthorsNorANote() throws Exception {
        try (Db db = TestDatabases.mariadb();
                Connection c = db.connect();
                MigrationSession session = MariaDbDialect.MARIADB.openSession(c)) {
            JdbcSqlSink sink = new JdbcSqlSink(c, session);
            execute(c, "CREATE TABLE t (n INTEGER, c VARCHAR(20))");
            execute(c, "INSERT INTO t VALUES (1, 'x')");
            // even in strict mode, a DELETE's condition that cannot convert a value only warns
            String delete = "DELETE FROM t WHERE c = 5";
            SQLException e = assertThrows(SQLException.class, () -> sink.run(delete));
            assertTrue(
                    e.getMessage()
                            .startsWith("the database warned (Warning 1292: Truncated incorrect DECIMAL value:"
                                    + " 'x'), and Autogen treats a warning on its own statements as a failure"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("[statement: " + delete + "]"), e.getMessage());
            sink.runAsWritten(delete);
            sink.run("DROP TABLE IF EXISTS no_such_table"); // a note
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String value(Connection c, String expression) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + expression)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
