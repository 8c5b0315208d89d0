package dev.autogen.runtime.internal.exec;

import dev.autogen.core.database.SqlSink;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Passes each statement on to another sink and remembers those that succeeded, for failure reports. */
public final class RecordingSqlSink implements SqlSink {

    private final SqlSink target;
    private final List<String> succeeded = new ArrayList<>();

    public RecordingSqlSink(SqlSink target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public void run(String sql) throws SQLException {
        target.run(sql);
        succeeded.add(sql);
    }

    @Override
    public void runAsWritten(String sql) throws SQLException {
        target.runAsWritten(sql);
        succeeded.add(sql);
    }

    @Override
    public void outsideTransaction(Runnable statements) {
        target.outsideTransaction(statements);
    }

    @Override
    public boolean executes() {
        return target.executes();
    }

    /** The statements that succeeded so far, in order. */
    public List<String> succeeded() {
        return List.copyOf(succeeded);
    }
}
