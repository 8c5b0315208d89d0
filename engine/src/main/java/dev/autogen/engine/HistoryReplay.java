package dev.autogen.engine;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.SqlSink;
import dev.autogen.core.ddl.TableChanges;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.ops.Operation;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.internal.exec.JdbcOperations;
import dev.autogen.runtime.internal.exec.OperationPerformer;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import dev.autogen.runtime.internal.migration.load.MigrationSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The schema a history builds, without a database ({@code --against history}): each migration's {@code upgrade()} runs
 * against the {@code Operations} facade for the named dialect, so that a migration that branches on
 * {@code op.dialectName()} takes the branch it takes there, and each operation it records is applied to the model
 * ({@link TableChanges}) as its recorded effect. Nothing is rendered or run.
 *
 * <p>Raw SQL ({@code op.execute}) is not modelled: a migration that runs some gives a warning naming it, and the model
 * goes on without what that SQL did. An operation the model cannot follow (it changes a table it does not know, one
 * raw SQL created) is also a warning, and the table is left as the model had it.
 */
final class HistoryReplay {

    /** The replayed schema, and what the replay could not model, one line each. */
    record Result(SchemaSnapshot schema, List<String> warnings, List<RawStatement> raw) {
        Result {
            Objects.requireNonNull(schema, "schema");
            warnings = List.copyOf(warnings);
            raw = List.copyOf(raw);
        }
    }

    /** A raw SQL statement ({@code op.execute}) a revision's {@code upgrade()} runs, verbatim. */
    record RawStatement(String revision, String sql) {}

    private final Dialect dialect;
    private final SettingNames names;

    HistoryReplay(Dialect dialect, SettingNames names) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * Replays the upgrades of {@code path} (from base, in order).
     *
     * @throws ConfigurationException when a migration's {@code upgrade()} fails for this dialect
     */
    Result replay(MigrationSet migrations, List<RevisionNode> path) {
        migrations.load(path.stream().map(RevisionNode::id).toList()); // one compiler run
        TableChanges changes = new TableChanges(dialect);
        List<String> warnings = new ArrayList<>();
        List<RawStatement> raw = new ArrayList<>();
        SchemaSnapshot schema = SchemaSnapshot.empty();
        for (RevisionNode node : path) {
            Migration migration = migrations.migration(node.id());
            Replayer replayer = new Replayer(changes, schema);
            try {
                migration.upgrade(new JdbcOperations(dialect, replayer, replayer));
            } catch (RuntimeException e) {
                throw new ConfigurationException(
                        "cannot replay revision " + node.id() + " (" + node.origin() + ") for " + dialect.name()
                                + ": its upgrade() failed: " + oneLine(e),
                        e);
            }
            schema = replayer.schema;
            replayer.statements.forEach(sql -> raw.add(new RawStatement(node.id(), sql)));
            String what = "revision " + node.id() + " (" + describe(node) + ")";
            if (replayer.rawStatements > 0) {
                warnings.add(what + " runs " + replayer.rawStatements + " raw SQL statement"
                        + (replayer.rawStatements == 1 ? "" : "s") + " (op.execute), which the history replay does not"
                        + " model; what they change is not compared (compare against a database or with "
                        + names.assignment(SettingNames.Setting.AGAINST, "scratch") + " to include it)");
            }
            for (String unfollowed : replayer.unfollowed) {
                warnings.add(what + ": " + unfollowed);
            }
        }
        return new Result(schema, warnings, raw);
    }

    private static String describe(RevisionNode node) {
        String message = node.message();
        return message == null || message.isBlank() ? node.origin() : message.strip();
    }

    /** Applies each recorded operation to the model; counts the raw statements. */
    private static final class Replayer implements OperationPerformer, SqlSink {
        private final TableChanges changes;
        private SchemaSnapshot schema;
        private int rawStatements;
        private final List<String> statements = new ArrayList<>();
        private final List<String> unfollowed = new ArrayList<>();

        Replayer(TableChanges changes, SchemaSnapshot schema) {
            this.changes = changes;
            this.schema = schema;
        }

        @Override
        public void perform(Operation op, SqlSink sink) {
            try {
                schema = changes.apply(op, schema);
            } catch (IllegalStateException | IllegalArgumentException e) {
                unfollowed.add(op.kind().replace('_', ' ') + " on " + op.table() + " cannot be modelled (" + oneLine(e)
                        + "); the table is compared as the model had it before");
            }
        }

        @Override
        public void performOnline(Operation op, SqlSink sink) {
            perform(op, sink);
        }

        @Override
        public void run(String sql) {
            // the performer renders nothing, so only op.execute reaches the sink
            rawStatements++;
            statements.add(sql);
        }

        @Override
        public void runAsWritten(String sql) {
            rawStatements++;
            statements.add(sql);
        }
    }

    static String oneLine(Throwable e) {
        Throwable cause = e;
        String message = cause.getMessage();
        while ((message == null || message.isBlank()) && cause.getCause() != null) {
            cause = cause.getCause();
            message = cause.getMessage();
        }
        String text = message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
