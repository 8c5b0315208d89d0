package dev.autogen.runtime.migration;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.migration.error.MigrationFailedException;
import dev.autogen.runtime.migration.error.DatabaseConnectionException;
import dev.autogen.runtime.migration.graph.RevisionGraph;
import dev.autogen.runtime.migration.graph.RevisionNode;
import dev.autogen.runtime.migration.graph.RevisionTarget;
import dev.autogen.runtime.migration.load.MigrationSet;
import dev.autogen.runtime.migration.version.VersionTable;
import dev.autogen.runtime.dialect.MigrationSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies migrations on one connection. The runner owns the connection's transactions while it works: it switches
 * auto-commit as each step needs and restores the connection's setting afterwards, so pass a connection with no
 * pending work.
 *
 * <p>With transactional DDL each migration runs in its own transaction together with its version-table update; if
 * it throws, both are rolled back and the database stays at the previous revision. Without it, the version table is
 * updated right after each migration, and a failure leaves whatever the migration had already done.
 */
public final class MigrationRunner {

    private final MigrationSet migrations;
    private final MigrationBackend backend;
    private final VersionTable versionTable;

    public MigrationRunner(MigrationSet migrations, MigrationBackend backend) {
        this(migrations, backend, new VersionTable());
    }

    public MigrationRunner(MigrationSet migrations, MigrationBackend backend, VersionTable versionTable) {
        this.migrations = Objects.requireNonNull(migrations, "migrations");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
    }

    public RevisionGraph graph() {
        return migrations.graph();
    }

    /** The revisions the database is at, sorted; empty for base. Does not create the version table. */
    public List<String> current(Connection connection) {
        return versionTable.read(connection);
    }

    /**
     * Upgrades to a target: {@code head}, a revision id or unique prefix, or {@code +N}. Creates the version table
     * when it is missing.
     *
     * @return the steps that ran, in order; empty when the database was already there
     */
    public List<MigrationStep> upgrade(Connection connection, String target, MigrationListener listener) {
        RevisionTarget parsed = RevisionTarget.parse(target);
        return withAutoCommit(connection, () -> {
            versionTable.createIfMissing(connection);
            List<String> current = versionTable.read(connection);
            RevisionGraph graph = graph();
            Set<String> wanted = graph.resolveTarget(parsed, current);
            List<RevisionNode> path = graph.upgradePath(current, wanted);
            return run(connection, Direction.UPGRADE, current, path, listener);
        });
    }

    /**
     * Downgrades to a target: {@code base}, a revision id or unique prefix, or {@code -N}.
     *
     * @return the steps that ran, in order; empty when the database was already there
     */
    public List<MigrationStep> downgrade(Connection connection, String target, MigrationListener listener) {
        RevisionTarget parsed = RevisionTarget.parse(target);
        return withAutoCommit(connection, () -> {
            List<String> current = versionTable.read(connection);
            RevisionGraph graph = graph();
            Set<String> wanted = graph.resolveTarget(parsed, current);
            List<RevisionNode> path = graph.downgradePath(current, wanted);
            return run(connection, Direction.DOWNGRADE, current, path, listener);
        });
    }

    private List<MigrationStep> run(Connection connection, Direction direction, List<String> current,
            List<RevisionNode> path, MigrationListener listener) throws SQLException {
        RevisionGraph graph = graph();
        Set<String> applied = new HashSet<>(graph.ancestors(current));
        List<String> heads = current;
        List<MigrationStep> done = new ArrayList<>();
        Operations operations = path.isEmpty() ? null : backend.operations().create(connection);
        for (RevisionNode node : path) {
            if (direction == Direction.UPGRADE) {
                applied.add(node.id());
            } else {
                applied.remove(node.id());
            }
            List<String> next = List.copyOf(graph.headsOf(applied));
            MigrationStep step = new MigrationStep(direction, node, heads, next);
            Migration migration = migrations.migration(node.id());
            listener.starting(step);
            long started = System.nanoTime();
            runStep(connection, step, direction == Direction.UPGRADE
                    ? () -> migration.upgrade(operations)
                    : () -> migration.downgrade(operations));
            done.add(step);
            heads = next;
            listener.finished(step, Duration.ofNanos(System.nanoTime() - started));
        }
        return List.copyOf(done);
    }

    private void runStep(Connection connection, MigrationStep step, Runnable migration) throws SQLException {
        if (!backend.transactionalDdl()) {
            try {
                migration.run();
            } catch (RuntimeException e) {
                throw failed(step, false, e);
            }
            versionTable.replace(connection, step.from(), step.to());
            return;
        }
        // The session is opened outside the transaction: SQLite can switch foreign-key enforcement only there.
        MigrationSession session = backend.sessions().open(connection);
        try {
            connection.setAutoCommit(false);
            migration.run();
            versionTable.replace(connection, step.from(), step.to());
            session.beforeCommit();
            connection.commit();
        } catch (RuntimeException | SQLException e) {
            rollback(connection, e);
            throw failed(step, true, e);
        } catch (Error e) {
            rollback(connection, e);
            throw e;
        } finally {
            restoreQuietly(connection, true);
            session.close();
        }
    }

    private MigrationFailedException failed(MigrationStep step, boolean rolledBack, Exception cause) {
        String stepText = step.direction().word() + " " + RevisionGraph.describe(step.from()) + " -> "
                + RevisionGraph.describe(step.to());
        return new MigrationFailedException(stepText, step.revision().id(), step.revision().message(),
                RevisionGraph.describe(step.from()), rolledBack, versionTable.name(), cause);
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static <T> T withAutoCommit(Connection connection, Work<T> work) {
        boolean original;
        try {
            original = connection.getAutoCommit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new DatabaseConnectionException("Cannot use the database connection", e);
        }
        try {
            return work.run();
        } catch (SQLException e) {
            throw new DatabaseConnectionException("The database connection failed while migrating", e);
        } finally {
            restoreQuietly(connection, original);
        }
    }

    /** Sets auto-commit back; a broken connection reports itself on its next use. */
    private static void restoreQuietly(Connection connection, boolean autoCommit) {
        try {
            if (!connection.isClosed() && connection.getAutoCommit() != autoCommit) {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            // Nothing to add: the step's outcome (or its exception) is what the caller needs.
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }
}
