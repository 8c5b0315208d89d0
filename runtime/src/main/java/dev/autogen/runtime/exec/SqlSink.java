package dev.autogen.runtime.exec;

import java.sql.SQLException;

/** Where rendered SQL statements go: a database connection, or a list for printing and tests. */
@FunctionalInterface
public interface SqlSink {

    /** Runs (or records) one statement, given without a trailing semicolon. */
    void run(String sql) throws SQLException;

    /** Whether statements really change the database this sink is attached to (so a dialect may verify them). */
    default boolean executes() {
        return false;
    }
}
