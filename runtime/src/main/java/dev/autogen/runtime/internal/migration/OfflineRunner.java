package dev.autogen.runtime.internal.migration;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.ScriptFrame;
import dev.autogen.core.sql.ControlCharacters;
import dev.autogen.core.sql.SqlLexer;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.internal.exec.CollectingSqlSink;
import dev.autogen.runtime.internal.exec.JdbcOperations;
import dev.autogen.runtime.internal.exec.OfflineSchema;
import dev.autogen.runtime.internal.migration.error.OfflineSqlException;
import dev.autogen.runtime.internal.migration.graph.RevisionGraph;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import dev.autogen.runtime.internal.migration.load.MigrationSet;
import dev.autogen.runtime.internal.migration.version.HistoryTable;
import dev.autogen.runtime.internal.migration.version.VersionTable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the SQL an upgrade or downgrade would run, without a database ({@code upgrade --sql}, Alembic's offline
 * mode): each migration's statements for the dialect with its version-table change, framed in transactions as the
 * online runner would run them (one per migration, or one per run with {@link RunOptions#transactionPerRun}, where DDL
 * is transactional; none around a migration marked {@code @Revision(transactional = false)}, before which the run's
 * transaction is committed and after which it is begun again). An upgrade from base creates the version table first;
 * every script creates the history table where it is missing, and records each revision it applies there with its
 * checksum ({@link MigrationChecksum}) or deletes the row of each it reverts, next to the version-table change.
 *
 * <p>The schema is followed in the model from base ({@link OfflineSchema}): the migrations below the starting revision
 * are replayed without output, so a dialect that rebuilds tables (SQLite) knows every table's definition at each step.
 */
public final class OfflineRunner {

    private final MigrationSet migrations;
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final RunOptions options;

    public OfflineRunner(MigrationSet migrations, Dialect dialect, VersionTable versionTable, RunOptions options) {
        this.migrations = Objects.requireNonNull(migrations, "migrations");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The script of an upgrade over {@code TO} (from base) or {@code FROM:TO}. */
    public String upgrade(String range, MigrationListener listener) {
        return script(Direction.UPGRADE, OfflineRange.parse(range, Direction.UPGRADE), listener);
    }

    /** The script of a downgrade over {@code FROM:TO}. */
    public String downgrade(String range, MigrationListener listener) {
        return script(Direction.DOWNGRADE, OfflineRange.parse(range, Direction.DOWNGRADE), listener);
    }

    private String script(Direction direction, OfflineRange range, MigrationListener listener) {
        RevisionGraph graph = migrations.graph();
        List<String> start = List.copyOf(graph.resolveTarget(range.from(), List.of()));
        Set<String> wanted = graph.resolveTarget(range.to(), start);
        List<RevisionNode> path =
                direction == Direction.UPGRADE ? graph.upgradePath(start, wanted) : graph.downgradePath(start, wanted);

        List<RevisionNode> before = graph.upgradePath(List.of(), start);
        List<String> needed =
                new java.util.ArrayList<>(before.stream().map(RevisionNode::id).toList());
        path.forEach(node -> needed.add(node.id()));
        long started = System.nanoTime();
        int compiled = migrations.load(needed); // in one compiler run, before any SQL is written
        if (compiled > 0) {
            listener.compiled(compiled, Duration.ofNanos(System.nanoTime() - started));
        }

        OfflineSchema schema = new OfflineSchema(dialect);
        CollectingSqlSink ignored = new CollectingSqlSink();
        List<String> current = List.of();
        MigrationStep.Walk walk = new MigrationStep.Walk(graph, current);
        for (RevisionNode node : before) {
            MigrationStep step = walk.step(Direction.UPGRADE, node, current);
            render(step, schema, ignored);
            current = step.to();
        }

        ScriptFrame frame = dialect.scriptFrame();
        boolean transactions = dialect.supportsTransactionalDdl();
        boolean perRun = transactions && options.transactionPerRun();
        StringBuilder out = new StringBuilder();
        out.append("-- Autogen offline ")
                .append(direction.word())
                .append(" from ")
                .append(RevisionGraph.describe(start))
                .append(" to ")
                .append(RevisionGraph.describe(wanted))
                .append(" (")
                .append(dialect.name())
                .append(")\n");
        frame.prologue().forEach(sql -> statement(out, sql));
        if (direction == Direction.UPGRADE && start.isEmpty()) {
            statement(out, versionTable.createStatement());
        }
        // a database an earlier release migrated has no history table yet: every script creates it where missing
        HistoryTable history = new HistoryTable(versionTable);
        statement(out, history.createStatement());
        boolean open = false; // whether a transaction is open: the run's, or the migration's
        if (perRun && !path.isEmpty()) {
            statement(out.append('\n'), frame.begin());
            open = true;
        }
        for (RevisionNode node : path) {
            MigrationStep step = walk.step(direction, node, current);
            listener.starting(step);
            // a message may hold any character: escaped, a carriage return or NUL cannot end the comment and run the
            // rest
            out.append("\n-- Running ")
                    .append(ControlCharacters.forComment(step.describe()))
                    .append('\n');
            // a migration outside a transaction runs each statement on its own, and so does a block of one in
            // op.outsideTransaction: a transaction that is open (the run's, or the migration's) is committed before
            // them, and one is begun again for what follows
            boolean wholeOutside =
                    transactions && !migrations.transactional(step.revision().id());
            CollectingSqlSink sink = new CollectingSqlSink();
            render(step, schema, sink);
            List<String> statements = sink.statements();
            for (int k = 0; k < statements.size(); k++) {
                if (transactions) {
                    open = frame(out, frame, open, !(wholeOutside || sink.outside(k)));
                }
                compoundOrNot(out, frame, statements.get(k));
            }
            if (transactions) {
                open = frame(out, frame, open, !wholeOutside);
            }
            versionTable.replaceStatements(step.from(), step.to()).forEach(sql -> statement(out, sql));
            if (step.direction() == Direction.UPGRADE) {
                history.appliedStatements(
                                step.revision().id(), checksum(step.revision().id()))
                        .forEach(sql -> statement(out, sql));
            } else {
                statement(out, history.removedStatement(step.revision().id()));
            }
            if (transactions && !perRun && open) {
                statement(out, frame.commit());
                open = false;
            }
            current = step.to();
            listener.finished(step, Duration.ZERO);
        }
        if (open) {
            statement(out.append('\n'), frame.commit());
        }
        return out.toString();
    }

    /** Commits or begins so that a transaction is open exactly when {@code inside}; returns whether one is. */
    private static boolean frame(StringBuilder out, ScriptFrame frame, boolean open, boolean inside) {
        if (inside && !open) {
            statement(out, frame.begin());
        } else if (!inside && open) {
            statement(out, frame.commit());
        }
        return inside;
    }

    /** The checksum the upgrade of {@code revision} records, for this script's dialect. */
    private String checksum(String revision) {
        try {
            return MigrationChecksum.of(migrations.migration(revision), dialect, migrations.transactional(revision));
        } catch (IllegalStateException e) {
            throw new OfflineSqlException("upgrade " + revision, e);
        }
    }

    private void render(MigrationStep step, OfflineSchema schema, CollectingSqlSink sink) {
        if (migrations.graph().recordsOnly(step.revision(), step.from(), step.direction() == Direction.UPGRADE)) {
            return; // a squashed migration after (or undone before) the revisions it replaces: only recorded
        }
        Migration migration = migrations.migration(step.revision().id());
        JdbcOperations operations = new JdbcOperations(dialect, sink, schema);
        try {
            if (step.direction() == Direction.UPGRADE) {
                migration.upgrade(operations);
            } else {
                migration.downgrade(operations);
            }
        } catch (RuntimeException e) {
            throw new OfflineSqlException(step.describe(), e);
        }
    }

    /**
     * A statement of a migration: as {@link #statement}, or, where the database's client ends statements at every
     * {@code ;} and this one holds one outside its literals ({@code IF ... THEN SIGNAL ...; END IF}), between
     * {@code DELIMITER} lines.
     */
    private void compoundOrNot(StringBuilder out, ScriptFrame frame, String sql) {
        String delimiter = frame.compoundDelimiter();
        String text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        if (delimiter == null || !holdsSemicolon(text)) {
            statement(out, text);
            return;
        }
        out.append("DELIMITER ")
                .append(delimiter)
                .append('\n')
                .append(text)
                .append(delimiter)
                .append("\nDELIMITER ;\n");
    }

    private boolean holdsSemicolon(String sql) {
        int i = 0;
        while (i < sql.length()) {
            SqlLexer.Token t = SqlLexer.tokenAt(sql, i, dialect.lexerRules());
            if (t.text().equals(";")) {
                return true;
            }
            i = t.end();
        }
        return false;
    }

    /** One statement, ending with exactly one {@code ;}. */
    private static void statement(StringBuilder out, String sql) {
        String text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        out.append(text).append(";\n");
    }
}
