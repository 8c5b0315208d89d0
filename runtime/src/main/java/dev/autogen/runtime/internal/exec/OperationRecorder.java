package dev.autogen.runtime.internal.exec;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.SqlSink;
import dev.autogen.core.ops.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what a migration does through {@code op}, in order, without rendering or running anything: each core
 * {@link Operation} (and whether the migration asked for its online form), each statement it passed to
 * {@code op.execute}, and where an {@code op.outsideTransaction} block begins and ends. What {@code autogen lint}
 * judges and a migration's checksum is computed over.
 */
public final class OperationRecorder implements OperationPerformer, SqlSink {

    /** One thing the migration did. */
    public sealed interface Event permits Step, Sql, OutsideBegins, OutsideEnds {}

    /** An operation, in its online form when {@code online}. */
    public record Step(Operation op, boolean online) implements Event {}

    /** SQL from {@code op.execute}, as written. */
    public record Sql(String text) implements Event {}

    /** An {@code op.outsideTransaction} block begins. */
    public record OutsideBegins() implements Event {}

    /** The block ends. */
    public record OutsideEnds() implements Event {}

    private final List<Event> events = new ArrayList<>();

    /** The facade whose calls this recorder records, for {@code dialect} ({@code op.dialectName()}). */
    public JdbcOperations operations(Dialect dialect) {
        return new JdbcOperations(dialect, this, this);
    }

    /** What was recorded so far, in order. */
    public List<Event> events() {
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

    /** Not reached through {@link #operations}: the performer renders nothing, so only {@code op.execute} sends SQL. */
    @Override
    public void run(String sql) {
        events.add(new Sql(sql));
    }

    @Override
    public void runAsWritten(String sql) {
        events.add(new Sql(sql));
    }

    @Override
    public void outsideTransaction(Runnable statements) {
        events.add(new OutsideBegins());
        try {
            statements.run();
        } finally {
            events.add(new OutsideEnds());
        }
    }
}
