package dev.autogen.core.database;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * How a database makes one change to a table that already holds rows without blocking writes to it, for
 * {@code op.online()} ({@link Dialect#onlineForm}): PostgreSQL's {@code CREATE INDEX CONCURRENTLY}, a constraint added
 * {@code NOT VALID} and validated in a statement of its own, MariaDB's {@code ALGORITHM=INPLACE, LOCK=NONE}.
 *
 * @param statements the statements, in order
 * @param separateTransactions whether each statement must commit on its own, outside the migration's transaction: a
 *     statement that cannot run in a transaction block, or a short strong lock that must end before a long scan begins
 *     under a weak one
 */
public record OnlineForm(List<String> statements, boolean separateTransactions) {

    public OnlineForm {
        statements = List.copyOf(Objects.requireNonNull(statements, "statements"));
    }

    /** Statements that can run in the migration's transaction. */
    public static OnlineForm inTransaction(List<String> statements) {
        return new OnlineForm(statements, false);
    }

    /** Statements that each commit on their own. */
    public static OnlineForm separately(List<String> statements) {
        return new OnlineForm(statements, true);
    }

    /** Passes the statements to {@code sink}, those that must commit on their own through its outside-transaction block. */
    public void runOn(SqlSink sink) throws SQLException {
        if (!separateTransactions) {
            for (String sql : statements) {
                sink.run(sql);
            }
            return;
        }
        try {
            sink.outsideTransaction(() -> {
                try {
                    for (String sql : statements) {
                        sink.run(sql);
                    }
                } catch (SQLException e) {
                    throw new Failed(e);
                }
            });
        } catch (Failed e) {
            throw e.failure;
        }
    }

    /** Carries a statement's failure out of the block. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SQLException failure;

        Failed(SQLException failure) {
            super(failure);
            this.failure = failure;
        }
    }
}
