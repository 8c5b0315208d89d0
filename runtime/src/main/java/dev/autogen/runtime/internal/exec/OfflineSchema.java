package dev.autogen.runtime.internal.exec;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.OnlineForm;
import dev.autogen.core.database.SqlSink;
import dev.autogen.core.ddl.TableChanges;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.Operation;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders operations without a database, for offline scripts ({@code upgrade --sql}), while keeping the schema they
 * build in the model ({@link TableChanges}): replayed from base, it gives the dialect each table's definition at every
 * step, which SQLite needs to rebuild a table. What {@code execute(sql)} does is not modelled; a table created or
 * changed by raw SQL is unknown from then on, and a later rebuild of it fails with a message that says so.
 */
public final class OfflineSchema implements OperationPerformer {

    private final Dialect dialect;
    private final TableChanges changes;
    private SchemaSnapshot snapshot = SchemaSnapshot.empty();

    public OfflineSchema(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.changes = new TableChanges(dialect);
    }

    @Override
    public void perform(Operation op, SqlSink sink) throws SQLException {
        for (String sql : dialect.statements(op, this::table)) {
            sink.run(sql);
        }
        follow(op);
    }

    @Override
    public void performOnline(Operation op, SqlSink sink) throws SQLException {
        Optional<OnlineForm> form = dialect.onlineForm(op, this::table);
        if (form.isEmpty()) {
            perform(op, sink);
            return;
        }
        form.get().runOn(sink);
        follow(op);
    }

    private void follow(Operation op) {
        try {
            snapshot = changes.apply(op, snapshot);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // The model cannot follow this change (the table came from raw SQL): forget the table rather than guess.
            snapshot = snapshot.withTables(snapshot.tables().stream()
                    .filter(t -> !changes.same(t.name(), op.table()))
                    .toList());
        }
    }

    /** The schema the operations so far have built. */
    public SchemaSnapshot snapshot() {
        return snapshot;
    }

    /** The table's current definition, if the operations so far describe it. */
    public Optional<Table> table(String name) {
        return snapshot.tables().stream()
                .filter(t -> changes.same(t.name(), name))
                .findFirst();
    }
}
