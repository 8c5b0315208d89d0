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

    /**
     * Runs {@code statements} (which send their SQL to this sink) outside the migration's transaction: a sink that
     * runs each statement on its own runs them with auto-commit on; one that writes a script frames them with
     * {@code COMMIT} and {@code BEGIN}; one inside a migration's transaction refuses. The default runs them as any
     * other.
     */
    default void outsideTransaction(Runnable statements) {
        statements.run();
    }

    /** Whether statements really change the database this sink is attached to (so a dialect may verify them). */
    default boolean executes() {
        return false;
    }
}
