package dev.autogen.runtime.dialect;

import java.sql.SQLException;

/**
 * What a dialect needs around one migration transaction, from {@link Dialect#openSession}: a runner opens it with
 * auto-commit on, before the transaction begins; calls {@link #beforeCommit} just before committing; and closes it
 * after the commit or rollback, with auto-commit on again.
 */
public interface MigrationSession extends AutoCloseable {

    /** A session that does nothing. */
    MigrationSession NONE = new MigrationSession() {
        @Override
        public void beforeCommit() {}

        @Override
        public void close() {}
    };

    /** Checks the database before the transaction commits (SQLite: foreign keys); throws to make it roll back. */
    void beforeCommit() throws SQLException;

    /** Restores the connection's settings. */
    @Override
    void close() throws SQLException;
}
