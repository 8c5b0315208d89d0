package dev.autogen.engine.lint;

import dev.autogen.core.database.SqlSink;
import dev.autogen.core.ops.Operation;
import dev.autogen.runtime.internal.exec.OperationPerformer;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what a migration does, in order, without rendering or running anything: each operation (and whether the
 * migration asked for its online form) and each statement it passed to {@code op.execute}.
 */
final class Recorder implements SqlSink, OperationPerformer {

    /** One thing the migration did. */
    sealed interface Event permits Step, Sql {}

    /** An operation, in its online form when {@code online}. */
    record Step(Operation op, boolean online) implements Event {}

    /** Raw SQL from {@code op.execute}. */
    record Sql(String text) implements Event {}

    private final List<Event> events = new ArrayList<>();

    List<Event> events() {
        return List.copyOf(events);
    }

    @Override
    public void perform(Operation op, SqlSink sink) {
        events.add(new Step(op, false));
    }

    @Override
    public void performOnline(Operation op, SqlSink sink) {
        events.add(new Step(op, true));
    }

    @Override
    public void run(String sql) {
        // the performer renders nothing, so only op.execute reaches the sink
        events.add(new Sql(sql));
    }

    @Override
    public void runAsWritten(String sql) {
        events.add(new Sql(sql));
    }
}
