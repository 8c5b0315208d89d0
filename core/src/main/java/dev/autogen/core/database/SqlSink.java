package dev.autogen.core.database;

import java.sql.SQLException;

/** Where rendered SQL statements go: a database connection, or a list for printing and tests. */
@FunctionalInterface
public interface SqlSink {

    /** Runs (or records) one statement that Autogen rendered, given without a trailing semicolon. */
    void run(String sql) throws SQLException;

    /**
     * Runs (or records) a statement a migration wrote itself ({@code op.execute}): as {@link #run}, except that a
     * sink that {@linkplain dev.autogen.core.database.MigrationSession#verify verifies} Autogen's statements leaves
     * it alone, so the author's SQL keeps its meaning ({@code INSERT IGNORE} still only warns).
     */
    default void runAsWritten(String sql) throws SQLException {
        run(sql);
    }

    /** Whether statements really change the database this sink is attached to (so a dialect may verify them). */
    default boolean executes() {
        return false;
    }
}
