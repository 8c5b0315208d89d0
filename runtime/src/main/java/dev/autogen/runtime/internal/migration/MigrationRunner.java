package dev.autogen.runtime.internal.migration;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.MigrationLock;
import dev.autogen.core.database.MigrationSession;
import dev.autogen.core.database.SqlSink;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.internal.exec.JdbcSqlSink;
import dev.autogen.runtime.internal.exec.RecordingSqlSink;
import dev.autogen.runtime.internal.migration.error.ChecksumMismatchException;
import dev.autogen.runtime.internal.migration.error.DatabaseConnectionException;
import dev.autogen.runtime.internal.migration.error.InvalidTargetException;
import dev.autogen.runtime.internal.migration.error.MigrationFailedException;
import dev.autogen.runtime.internal.migration.error.MigrationLoadException;
import dev.autogen.runtime.internal.migration.error.MigrationLockTimeoutException;
import dev.autogen.runtime.internal.migration.graph.RevisionGraph;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import dev.autogen.runtime.internal.migration.graph.RevisionTarget;
import dev.autogen.runtime.internal.migration.load.MigrationSet;
import dev.autogen.runtime.internal.migration.version.AppliedRevision;
import dev.autogen.runtime.internal.migration.version.HistoryTable;
import dev.autogen.runtime.internal.migration.version.ProgressTable;
import dev.autogen.runtime.internal.migration.version.StatementProgress;
import dev.autogen.runtime.internal.migration.version.VersionTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Applies migrations on one connection. The runner owns the connection's transactions while it works: it switches
 * auto-commit as each step needs and restores the connection's setting afterwards, so pass a connection with no
 * pending work.
 *
 * <p>Every command that writes holds the dialect's migration lock ({@link Dialect#lock}) from start to end, and reads
 * the version table again inside each migration's transaction before running it, so concurrent runners never apply a
 * migration twice: the others wait, then find the work done.
 *
 * <p>With transactional DDL each migration runs in its own transaction together with its version-table update (or,
 * with {@link RunOptions#transactionPerRun}, all of them in one); if it throws, both are rolled back and the database
 * stays at the previous revision. Without it (MariaDB, MySQL, H2), each statement commits with a progress row
 * ({@link ProgressTable}), the version table is updated right after each migration, and a failure leaves whatever
 * statements the migration had already run, which the error lists; a rerun, after a failure or a crash, resumes after
 * the last statement that completed.
 *
 * <p>Each applied revision has a row in the history table ({@link HistoryTable}) with the checksum of its migration
 * ({@link MigrationChecksum}), written and deleted in the same transaction as the version table. An upgrade first
 * checks those checksums ({@link #validate}), unless {@link RunOptions#validateOnMigrate} is off.
 */
public final class MigrationRunner {

    private final MigrationSet migrations;
    private final MigrationBackend backend;
    private final VersionTable versionTable;
    private final ProgressTable progressTable;
    private final HistoryTable history;
    private final RunOptions options;
    private String appliedBy;

    /** {@link #sourceHash} of each revision asked for, read once per runner. */
    private final Map<String, String> sourceHashes = new java.util.concurrent.ConcurrentHashMap<>();

    private ConnectionSource watchers;

    public MigrationRunner(MigrationSet migrations, MigrationBackend backend) {
        this(migrations, backend, new VersionTable());
    }

    public MigrationRunner(MigrationSet migrations, MigrationBackend backend, VersionTable versionTable) {
        this(migrations, backend, versionTable, RunOptions.defaults());
    }

    public MigrationRunner(
            MigrationSet migrations, MigrationBackend backend, VersionTable versionTable, RunOptions options) {
        this.migrations = Objects.requireNonNull(migrations, "migrations");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
        this.progressTable = new ProgressTable(versionTable);
        this.history = new HistoryTable(versionTable);
        this.options = Objects.requireNonNull(options, "options");
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
        return writing(connection, () -> {
            versionTable.createIfMissing(connection);
            prepareHistory(connection, listener);
            if (options.validateOnMigrate()) {
                Validation validation = validate(connection, true);
                if (!validation.changed().isEmpty()) {
                    Map<String, String> changed = new LinkedHashMap<>();
                    validation.changed().forEach(c -> changed.put(c.revision(), c.origin()));
                    throw new ChecksumMismatchException(changed);
                }
            }
            Planner planner = planner(Direction.UPGRADE, parsed, versionTable.read(connection));
            return execute(connection, Direction.UPGRADE, planner, listener);
        });
    }

    /**
     * Downgrades to a target: {@code base}, a revision id or unique prefix, or {@code -N}.
     *
     * @return the steps that ran, in order; empty when the database was already there
     */
    public List<MigrationStep> downgrade(Connection connection, String target, MigrationListener listener) {
        RevisionTarget parsed = RevisionTarget.parse(target);
        return writing(connection, () -> {
            if (versionTable.exists(connection)) {
                prepareHistory(connection, listener);
            }
            Planner planner = planner(Direction.DOWNGRADE, parsed, versionTable.read(connection));
            return execute(connection, Direction.DOWNGRADE, planner, listener);
        });
    }

    /**
     * Writes the version table as if the database had been migrated to the targets, running no migration: for a
     * database whose schema is already there (adopting Autogen on an existing database) or was changed by hand.
     * Targets apply one after the other, each as an upgrade or downgrade would move the rows.
     *
     * @param purge empty the version table first, even of revisions the migrations do not know
     */
    public Stamp stamp(Connection connection, List<String> targets, boolean purge) {
        return stamp(connection, targets, purge, MigrationListener.NONE);
    }

    /** {@link #stamp(Connection, List, boolean)}, telling {@code listener} when checksums were recorded first. */
    public Stamp stamp(Connection connection, List<String> targets, boolean purge, MigrationListener listener) {
        List<RevisionTarget> parsed =
                targets.stream().map(RevisionTarget::parse).toList();
        return writing(connection, () -> {
            versionTable.createIfMissing(connection);
            prepareHistory(connection, listener);
            List<String> before = versionTable.read(connection);
            List<String> kept = purge ? List.of() : before;
            List<String> after = graph().stamp(parsed, kept).stream().sorted().toList();
            // the history follows: a revision stamped as applied gets a row (with the checksum its migration has now,
            // and no duration: it did not run), one stamped away loses its row
            Set<String> appliedAfter = applied(after);
            Map<String, AppliedRevision> rows = history.read(connection);
            Map<String, String> added = checksums(appliedAfter.stream()
                    .filter(id -> !rows.containsKey(id))
                    .sorted()
                    .toList());
            String by = appliedBy(connection);
            inOneTransaction(connection, () -> {
                if (purge) {
                    versionTable.clear(connection);
                }
                versionTable.replace(connection, kept, after);
                progressTable.clear(connection); // the schema is declared to be at the targets: nothing to resume
                for (String id : rows.keySet()) {
                    if (!appliedAfter.contains(id)) {
                        history.removed(connection, id);
                    }
                }
                for (Map.Entry<String, String> e : added.entrySet()) {
                    history.applied(connection, e.getKey(), e.getValue(), sourceHash(e.getKey()), by, null);
                }
            });
            return new Stamp(before, after);
        });
    }

    /**
     * Compares the checksum recorded for each applied revision with the one its migration has now, for the dialect of
     * this runner's backend. Reads only; does not take the lock.
     */
    public Validation validate(Connection connection) {
        return validate(connection, false);
    }

    /**
     * {@link #validate(Connection)}; with {@code refresh} (under the migration lock, auto-commit on), when nothing
     * changed, the rows whose file was compiled to check it (written before rows had a source hash, or reformatted
     * since) get the file's hash now, so that the next validation need not compile it again.
     */
    private Validation validate(Connection connection, boolean refresh) {
        RevisionGraph graph = graph();
        List<String> current = versionTable.read(connection);
        List<String> unknown =
                current.stream().filter(id -> graph.find(id).isEmpty()).toList();
        Set<String> applied = applied(current);
        Map<String, AppliedRevision> rows = history.read(connection);
        List<String> recorded = applied.stream()
                .filter(id -> rows.containsKey(id) && rows.get(id).checksum() != null)
                .sorted()
                .toList();
        List<String> unrecorded =
                applied.stream().filter(id -> !recorded.contains(id)).sorted().toList();
        // a migration whose file reads as it did when it was recorded has the checksum it had: only the others are
        // loaded (compiled, where no class is cached) to compute theirs
        List<String> reread = recorded.stream()
                .filter(id -> rows.get(id).sourceHash() == null
                        || !rows.get(id).sourceHash().equals(sourceHash(id)))
                .toList();
        Map<String, String> now = checksums(reread);
        List<Validation.Changed> changed = new ArrayList<>();
        for (String id : reread) {
            String was = rows.get(id).checksum();
            if (!was.equals(now.get(id))) {
                changed.add(new Validation.Changed(id, graph.get(id).origin(), was, now.get(id)));
            }
        }
        if (refresh && changed.isEmpty() && !reread.isEmpty()) {
            refreshSourceHashes(connection, reread);
        }
        return new Validation(
                backend.checksumDialect().name(), recorded.size() - changed.size(), changed, unknown, unrecorded);
    }

    /**
     * Records, for each of {@code revisions} (ids, prefixes or branch labels, each applied), the checksum its migration
     * has now ({@code repair --accept}), under the migration lock.
     *
     * @return for each revision, its row before and the checksum now recorded
     * @throws InvalidTargetException when a revision is not applied
     */
    public List<Accepted> accept(Connection connection, List<String> revisions, MigrationListener listener) {
        return writing(connection, () -> {
            RevisionGraph graph = graph();
            List<String> ids = revisions.stream()
                    .map(r -> graph.resolve(r).id())
                    .distinct()
                    .toList();
            Set<String> applied = versionTable.exists(connection) ? applied(versionTable.read(connection)) : Set.of();
            for (String id : ids) {
                if (!applied.contains(id)) {
                    throw new InvalidTargetException("Revision " + id + " is not applied to the database (it is at "
                            + RevisionGraph.describe(versionTable.read(connection)) + "): there is no checksum of it"
                            + " to accept; an upgrade records it when it applies it");
                }
            }
            prepareHistory(connection, listener);
            Map<String, AppliedRevision> rows = history.read(connection);
            Map<String, String> now = checksums(ids);
            List<Accepted> out = new ArrayList<>();
            inOneTransaction(connection, () -> {
                for (String id : ids) {
                    if (!history.accept(connection, id, now.get(id), sourceHash(id))) {
                        history.backfilled(connection, id, now.get(id), sourceHash(id));
                    }
                    AppliedRevision before = rows.get(id);
                    out.add(new Accepted(id, before == null ? null : before.checksum(), now.get(id)));
                }
            });
            return List.copyOf(out);
        });
    }

    /**
     * A checksum {@link #accept} recorded.
     *
     * @param revision the revision
     * @param was the checksum recorded before, or null
     * @param now the checksum recorded now
     */
    public record Accepted(String revision, String was, String now) {}

    /** Every row of the history table, by revision; empty when there is none. Reads only. */
    public Map<String, AppliedRevision> appliedRevisions(Connection connection) {
        return history.read(connection);
    }

    /**
     * Creates the history table where it is missing, and records a row for each applied revision that has none (a
     * database that an earlier release of Autogen migrated, or a revision stamped or applied by it since), with the
     * checksum its migration has now and no time; tells {@code listener} once. Runs under the migration lock, with
     * auto-commit on.
     */
    private void prepareHistory(Connection connection, MigrationListener listener) throws SQLException {
        boolean created = history.createIfMissing(connection);
        history.ensureSourceColumn(connection);
        Set<String> applied = applied(versionTable.read(connection));
        Map<String, AppliedRevision> rows = history.read(connection);
        List<String> missing =
                applied.stream().filter(id -> !rows.containsKey(id)).sorted().toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<String, String> sums = checksums(missing);
        inOneTransaction(connection, () -> {
            for (Map.Entry<String, String> e : sums.entrySet()) {
                history.backfilled(connection, e.getKey(), e.getValue(), sourceHash(e.getKey()));
            }
        });
        listener.recordedChecksums(missing.size(), history.name(), created);
    }

    private void refreshSourceHashes(Connection connection, List<String> revisions) {
        try {
            inOneTransaction(connection, () -> {
                for (String id : revisions) {
                    String hash = sourceHash(id);
                    if (hash != null) {
                        history.sourceHash(connection, id, hash);
                    }
                }
            });
        } catch (SQLException e) {
            throw new dev.autogen.runtime.internal.migration.error.VersionTableException(
                    "Cannot record source hashes in the migration history table " + history.name(), e);
        }
    }

    /** Work on a connection that may throw {@link SQLException}. */
    private interface SqlWork {
        void run() throws SQLException;
    }

    /** Runs {@code work} in one transaction on a connection in auto-commit mode, which it is again afterwards. */
    private static void inOneTransaction(Connection connection, SqlWork work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (RuntimeException | SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The revisions the version-table rows stand for: the known ones and what they revise or depend on. */
    private Set<String> applied(List<String> current) {
        RevisionGraph graph = graph();
        return graph.ancestors(
                current.stream().filter(id -> graph.find(id).isPresent()).toList());
    }

    /** The checksum each revision's migration has now, for the backend's dialect, loading (compiling) them first. */
    private Map<String, String> checksums(List<String> revisions) {
        Map<String, String> out = new LinkedHashMap<>();
        if (revisions.isEmpty()) {
            return out;
        }
        migrations.load(revisions);
        dev.autogen.core.database.Dialect dialect = backend.checksumDialect();
        for (String id : revisions) {
            out.put(id, checksum(id, dialect));
        }
        return out;
    }

    /**
     * The SHA-256 of the revision's source file as it reads now, in hex; null for a migration that has no file (one
     * on the class path) or whose file cannot be read.
     */
    private String sourceHash(String revision) {
        return sourceHashes.computeIfAbsent(revision, id -> {
            String origin = graph().get(id).origin();
            try {
                java.nio.file.Path file = java.nio.file.Path.of(origin);
                if (!origin.endsWith(".java") || !java.nio.file.Files.isRegularFile(file)) {
                    return null;
                }
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(java.nio.file.Files.readAllBytes(file));
                return java.util.HexFormat.of().formatHex(digest);
            } catch (java.io.IOException
                    | java.nio.file.InvalidPathException
                    | java.security.NoSuchAlgorithmException e) {
                return null;
            }
        });
    }

    private String checksum(String revision, dev.autogen.core.database.Dialect dialect) {
        try {
            return MigrationChecksum.of(migrations.migration(revision), dialect, migrations.transactional(revision));
        } catch (IllegalStateException e) {
            throw new MigrationLoadException("Cannot compute the checksum of " + revision + " ("
                    + graph().get(revision).origin() + "): " + e.getMessage());
        }
    }

    /**
     * The step's history row, on the caller's connection and transaction, after its migration ran: written for an
     * upgrade, with the checksum of what the migration records (computed now, so that a migration that throws fails
     * as it always did), deleted for a downgrade.
     */
    private void recordHistory(Connection connection, MigrationStep step, long startedNanos) {
        String id = step.revision().id();
        if (step.direction() == Direction.UPGRADE) {
            long millis = Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
            String checksum = checksum(id, backend.checksumDialect());
            history.applied(connection, id, checksum, sourceHash(id), appliedBy(connection), millis);
        } else {
            history.removed(connection, id);
        }
    }

    /** Who applies migrations: the database user, else (SQLite) the operating-system user. */
    private String appliedBy(Connection connection) {
        if (appliedBy == null) {
            String user = null;
            try {
                user = connection.getMetaData().getUserName();
            } catch (SQLException | RuntimeException e) {
                // unknown: the operating-system user is next
            }
            if (user == null || user.isBlank()) {
                user = System.getProperty("user.name", "");
            }
            appliedBy = user.strip();
        }
        return appliedBy.isEmpty() ? null : appliedBy;
    }

    /**
     * Runs a command that writes: with auto-commit on and the migration lock held for the whole of {@code work}.
     * Every command that changes the version table goes through here.
     *
     * @throws MigrationLockTimeoutException when another run holds the lock for longer than the lock timeout
     */
    public <T> T writing(Connection connection, Work<T> work) {
        return withAutoCommit(connection, () -> {
            MigrationLock lock;
            try {
                lock = backend.locks().lock(connection, versionTable.name(), options.lockTimeout());
            } catch (SQLTimeoutException e) {
                throw lockTimeout(e);
            }
            Throwable failure = null;
            try {
                return work.run();
            } catch (RuntimeException | SQLException | Error e) {
                failure = e;
                throw e;
            } finally {
                release(lock, failure);
            }
        });
    }

    /** The revisions still to run from a database state to the target, resolved once against the starting state. */
    @FunctionalInterface
    private interface Planner {
        List<RevisionNode> path(List<String> current);
    }

    private Planner planner(Direction direction, RevisionTarget target, List<String> start) {
        RevisionGraph graph = graph();
        // Refuses a target in the wrong direction with a message in the user's words (the target as typed).
        if (direction == Direction.UPGRADE) {
            graph.upgradePath(target, start);
        } else {
            graph.downgradePath(target, start);
        }
        Set<String> wanted = graph.resolveTarget(target, start);
        return direction == Direction.UPGRADE
                ? current -> graph.upgradePath(current, wanted)
                : current -> graph.downgradePath(current, wanted);
    }

    private List<MigrationStep> execute(
            Connection connection, Direction direction, Planner planner, MigrationListener listener)
            throws SQLException {
        if (!versionTable.exists(connection)) {
            return List.of(); // nothing applied, nothing to undo (an upgrade has created the table by now)
        }
        if (backend.transactionalDdl() && options.transactionPerRun()) {
            List<RevisionNode> planned = planner.path(versionTable.readExisting(connection));
            load(planned, listener);
            // a migration outside a transaction cannot share the run's: then each migration commits on its own
            if (planned.stream().noneMatch(this::outsideTransaction)) {
                try {
                    for (int attempt = 1; ; attempt++) {
                        try {
                            return executeInOneTransaction(connection, direction, planner, listener);
                        } catch (LockWait wait) {
                            pauseOrGiveUp(wait, attempt, wait.step, listener);
                        }
                    }
                } catch (NeedsStatements e) {
                    // a migration asked for a block outside the transaction: the run was rolled back, and each
                    // migration commits on its own instead
                }
            }
        }
        MigrationSet.CompileTime before = migrations.compileTime();
        try (MigrationSet.Ahead ahead =
                migrations.loadAhead(planner.path(versionTable.readExisting(connection)).stream()
                        .map(RevisionNode::id)
                        .toList())) {
            List<MigrationStep> done = runEachInTurn(connection, planner, direction, listener);
            MigrationSet.CompileTime after = migrations.compileTime();
            if (after.sources() > before.sources()) {
                listener.compiled(
                        after.sources() - before.sources(), after.elapsed().minus(before.elapsed()));
            }
            return done;
        }
    }

    /** Runs the planned steps one after the other, each in a transaction of its own or statement by statement. */
    private List<MigrationStep> runEachInTurn(
            Connection connection, Planner planner, Direction direction, MigrationListener listener)
            throws SQLException {
        List<MigrationStep> done = new ArrayList<>();
        Set<String> ran = new HashSet<>();
        // After a step, the version table says step.to(): then the plan is the rest of the previous one and what is
        // applied is known, so a long run does not walk the whole graph again at every step. If anything else is
        // read (another runner moved the database), both are worked out afresh.
        Set<String> expectedRows = null;
        List<RevisionNode> expectedPath = null;
        MigrationStep.Walk expectedWalk = null;
        while (true) {
            List<String> current = versionTable.readExisting(connection);
            boolean expected = expectedRows != null && expectedRows.equals(new HashSet<>(current));
            List<RevisionNode> path = expected ? expectedPath : planner.path(current);
            if (path.isEmpty()) {
                return List.copyOf(done);
            }
            MigrationStep.Walk walk = expected ? expectedWalk : new MigrationStep.Walk(graph(), current);
            MigrationStep step = walk.step(direction, path.get(0), current);
            expectedRows = null;
            if (!ran.add(step.revision().id())) {
                throw new IllegalStateException("revision " + step.revision().id() + " came up twice in one run; "
                        + versionTable.name() + " says " + RevisionGraph.describe(current));
            }
            boolean stepRan = runStep(connection, step, listener);
            if (stepRan) {
                done.add(step);
                expectedRows = new HashSet<>(step.to());
                expectedPath = path.subList(1, path.size());
                expectedWalk = walk;
            } else {
                ran.remove(step.revision().id()); // another runner moved the database meanwhile: plan again
            }
        }
    }

    /**
     * Runs one step, in a transaction of its own or statement by statement, trying it again where a statement gave up
     * waiting for a lock another session holds ({@link RunOptions#ddlRetries}).
     */
    private boolean runStep(Connection connection, MigrationStep step, MigrationListener listener) throws SQLException {
        boolean inTransaction = backend.transactionalDdl() && !outsideTransaction(step.revision());
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransaction
                        ? runInTransaction(connection, step, listener)
                        : runAutoCommitted(connection, step, listener);
            } catch (LockWait wait) {
                pauseOrGiveUp(wait, attempt, step, listener);
            } catch (NeedsStatements e) {
                // it calls op.outsideTransaction: rolled back, it runs statement by statement, as transactional =
                // false;
                // the step was announced already
                inTransaction = false;
                attempt--;
                listener = announcedAlready(listener);
            }
        }
    }

    /** {@code listener}, but for {@link MigrationListener#starting}, which was told already. */
    private static MigrationListener announcedAlready(MigrationListener listener) {
        return new MigrationListener() {
            @Override
            public void starting(MigrationStep step) {}

            @Override
            public void resuming(MigrationStep step, int applied, String lastStatement) {
                listener.resuming(step, applied, lastStatement);
            }

            @Override
            public void completedEarlier(MigrationStep step, String note) {
                listener.completedEarlier(step, note);
            }

            @Override
            public void retrying(MigrationStep step, int attempt, Duration pause, List<String> holders) {
                listener.retrying(step, attempt, pause, holders);
            }

            @Override
            public void stillRunning(MigrationStep step, Duration elapsed, String progress) {
                listener.stillRunning(step, elapsed, progress);
            }

            @Override
            public void finished(MigrationStep step, Duration elapsed) {
                listener.finished(step, elapsed);
            }
        };
    }

    /** After try {@code attempt} gave up waiting for a lock: pauses 1, 2, 4, ... s, or fails for good. */
    private void pauseOrGiveUp(LockWait wait, int attempt, MigrationStep step, MigrationListener listener) {
        if (attempt > options.ddlRetries()) {
            throw MigrationFailedException.lockWaitGaveUp(
                    wait.failure, attempt, options.ddlLockTimeout(), wait.holders);
        }
        Duration pause = Duration.ofSeconds(Math.min(30, 1L << (attempt - 1)));
        if (step != null) {
            listener.retrying(step, attempt, pause, wait.holders);
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw wait.failure;
        }
    }

    /** Makes the session's statements wait at most {@link RunOptions#ddlLockTimeout} for a lock (none: as set). */
    private void limitLockWaits(MigrationSession session, Connection connection) throws SQLException {
        if (!options.ddlLockTimeout().isZero()) {
            try {
                session.limitLockWaits(connection, options.ddlLockTimeout());
            } catch (SQLException | RuntimeException e) {
                try {
                    session.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }
    }

    /**
     * {@code failure}, or where a statement gave up waiting for a lock ({@link MigrationSession#isLockTimeout}), a
     * {@link LockWait} that the step is tried again on, naming who probably holds the lock.
     */
    private static RuntimeException failed(
            MigrationSession session,
            Connection connection,
            MigrationStep step,
            Throwable cause,
            MigrationFailedException failure) {
        for (Throwable t = cause; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql && session.isLockTimeout(sql)) {
                return new LockWait(failure, session.lockHolders(connection), step);
            }
        }
        return failure;
    }

    /**
     * A migration running in a transaction called {@code op.outsideTransaction}: its transaction is rolled back and it
     * runs again statement by statement.
     */
    private static final class NeedsStatements extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NeedsStatements() {
            super("op.outsideTransaction inside a migration's transaction", null, false, false);
        }
    }

    /** A step (or a run in one transaction) failed because a statement gave up waiting for a lock. */
    private static final class LockWait extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient MigrationFailedException failure;
        private final transient List<String> holders;
        private final transient MigrationStep step;

        LockWait(MigrationFailedException failure, List<String> holders, MigrationStep step) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
            this.holders = List.copyOf(holders);
            this.step = step;
        }
    }

    /**
     * Where a second connection comes from, for telling every 10 s how a long step is getting on ({@link Heartbeat});
     * without one, nothing is told.
     */
    public MigrationRunner watchedThrough(ConnectionSource connections) {
        this.watchers = connections;
        return this;
    }

    /** Whether the revision's migration says {@code @Revision(transactional = false)}. */
    private boolean outsideTransaction(RevisionNode revision) {
        return !migrations.transactional(revision.id());
    }

    /**
     * Runs one step in its own transaction, after checking inside it that the version table still says what the plan
     * started from.
     *
     * @return false, with nothing done, when the version table changed (another runner got there first)
     */
    private boolean runInTransaction(Connection connection, MigrationStep step, MigrationListener listener)
            throws SQLException {
        // The session is opened outside the transaction: SQLite can switch foreign-key enforcement only there.
        MigrationSession session = backend.sessions().open(connection);
        limitLockWaits(session, connection);
        long started;
        try {
            begin(session, connection);
            try {
                if (!versionTable.readExisting(connection).equals(step.from())) {
                    session.rollback(connection);
                    return false;
                }
                listener.starting(step);
            } catch (RuntimeException | Error e) {
                rollback(session, connection, e);
                throw e;
            }
            started = System.nanoTime();
            try (Heartbeat beating = Heartbeat.start(step, session, watchers, listener)) {
                RecordingSqlSink sink = sink(connection, session);
                migrate(step, backend.operations().create(connection, sink));
                versionTable.replace(connection, step.from(), step.to());
                recordHistory(connection, step, started);
                session.beforeCommit();
                session.commit(connection);
            } catch (NeedsStatements e) {
                rollback(session, connection, e);
                throw e;
            } catch (RuntimeException | SQLException e) {
                rollback(session, connection, e);
                throw failed(
                        session,
                        connection,
                        step,
                        e,
                        MigrationFailedException.rolledBack(
                                describe(step),
                                step.revision().id(),
                                step.revision().message(),
                                RevisionGraph.describe(step.from()),
                                e));
            } catch (Error e) {
                rollback(session, connection, e);
                throw e;
            }
        } finally {
            restoreQuietly(connection, true);
            session.close();
        }
        listener.finished(step, Duration.ofNanos(System.nanoTime() - started));
        return true;
    }

    /** Runs every step in one transaction, planned inside it. */
    private List<MigrationStep> executeInOneTransaction(
            Connection connection, Direction direction, Planner planner, MigrationListener listener)
            throws SQLException {
        List<RevisionNode> planned = planner.path(versionTable.readExisting(connection));
        if (planned.isEmpty()) {
            return List.of();
        }
        load(planned, listener);
        MigrationSession session = backend.sessions().open(connection);
        limitLockWaits(session, connection);
        List<MigrationStep> done = new ArrayList<>();
        try {
            begin(session, connection);
            List<String> start = versionTable.readExisting(connection);
            List<String> current = start;
            MigrationStep step = null;
            try {
                List<RevisionNode> path = planner.path(start);
                MigrationStep.Walk walk = new MigrationStep.Walk(graph(), start);
                for (RevisionNode node : path) {
                    step = walk.step(direction, node, current);
                    listener.starting(step);
                    long started = System.nanoTime();
                    try (Heartbeat beating = Heartbeat.start(step, session, watchers, listener)) {
                        migrate(step, backend.operations().create(connection, sink(connection, session)));
                    }
                    versionTable.replace(connection, step.from(), step.to());
                    recordHistory(connection, step, started);
                    done.add(step);
                    current = step.to();
                    listener.finished(step, Duration.ofNanos(System.nanoTime() - started));
                }
                session.beforeCommit();
                session.commit(connection);
            } catch (NeedsStatements e) {
                rollback(session, connection, e);
                throw e;
            } catch (RuntimeException | SQLException e) {
                rollback(session, connection, e);
                if (step == null) {
                    throw e;
                }
                MigrationStep failedStep = step;
                List<String> undone = done.stream()
                        .filter(s -> s != failedStep)
                        .map(s -> s.revision().id())
                        .toList();
                throw failed(
                        session,
                        connection,
                        failedStep,
                        e,
                        MigrationFailedException.runRolledBack(
                                describe(failedStep),
                                failedStep.revision().id(),
                                failedStep.revision().message(),
                                RevisionGraph.describe(start),
                                undone,
                                e));
            } catch (Error e) {
                rollback(session, connection, e);
                throw e;
            }
        } finally {
            restoreQuietly(connection, true);
            session.close();
        }
        return List.copyOf(done);
    }

    /**
     * Runs one step where DDL commits as it runs, statement by statement with its progress recorded
     * ({@link ResumableStep}): a step an interrupted run left part-way resumes after its last completed statement. The
     * version table follows right after the migration, together with the progress row's removal; a failure reports the
     * statements that ran and stay, and what a rerun does.
     *
     * @return false, with nothing done, when the version table changed (another runner got there first)
     */
    private boolean runAutoCommitted(Connection connection, MigrationStep step, MigrationListener listener)
            throws SQLException {
        if (!versionTable.readExisting(connection).equals(step.from())) {
            return false;
        }
        progressTable.createIfMissing(connection);
        Optional<StatementProgress> earlier = progressTable.read(connection);
        if (earlier.isPresent()
                && !earlier.get().isFor(step.revision().id(), step.direction().word())) {
            StatementProgress other = earlier.get();
            throw MigrationFailedException.interruptedElsewhere(
                    describe(step),
                    step.revision().id(),
                    step.revision().message(),
                    other.direction() + " of " + other.revision(),
                    other.applied(),
                    other.lastStatement(),
                    progressTable.name());
        }
        listener.starting(step);
        earlier.ifPresent(p -> listener.resuming(step, p.applied(), p.lastStatement()));
        long started = System.nanoTime();
        MigrationSession session = backend.sessions().open(connection);
        limitLockWaits(session, connection);
        try {
            ResumableStep resumable = new ResumableStep(
                    new JdbcSqlSink(connection, session), connection, session, progressTable, step, earlier);
            try {
                try (Heartbeat beating = Heartbeat.start(step, session, watchers, listener)) {
                    migrate(step, resumable.wrap(backend.operations().create(connection, resumable)));
                } finally {
                    resumable.resolved().forEach(note -> listener.completedEarlier(step, note));
                }
                resumable.finished();
                session.begin(connection);
                versionTable.replace(connection, step.from(), step.to());
                recordHistory(connection, step, started);
                progressTable.clear(connection);
                session.commit(connection);
            } catch (RuntimeException e) {
                rollbackIfOpen(session, connection, e);
                throw failed(
                        session,
                        connection,
                        step,
                        e,
                        MigrationFailedException.notRolledBack(
                                describe(step),
                                step.revision().id(),
                                step.revision().message(),
                                RevisionGraph.describe(versionTable.read(connection)),
                                versionTable.name(),
                                resumable.ran(),
                                resumable.appliedBefore(),
                                earlier.map(StatementProgress::lastStatement).orElse(""),
                                progressTable.name(),
                                e));
            } catch (SQLException | Error e) {
                rollbackIfOpen(session, connection, e);
                throw e;
            }
        } finally {
            restoreQuietly(connection, true);
            session.close();
        }
        listener.finished(step, Duration.ofNanos(System.nanoTime() - started));
        return true;
    }

    /** Rolls back the version-table transaction if the failure came inside it (statements roll back their own). */
    private static void rollbackIfOpen(MigrationSession session, Connection connection, Throwable failure) {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                rollback(session, connection, failure);
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Loads the migrations a run is about to apply, compiling in one go those that need it, before the first step: a
     * migration that does not compile stops the run before anything ran. (A step another runner's progress adds
     * later is loaded when it comes.)
     */
    private void load(List<RevisionNode> path, MigrationListener listener) {
        long started = System.nanoTime();
        int compiled = migrations.load(path.stream().map(RevisionNode::id).toList());
        if (compiled > 0) {
            listener.compiled(compiled, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private void migrate(MigrationStep step, Operations operations) {
        if (graph().recordsOnly(step.revision(), step.from(), step.direction() == Direction.UPGRADE)) {
            return; // a squashed migration on a database that has (or undoes) the revisions it replaces
        }
        Migration migration = migrations.migration(step.revision().id());
        if (step.direction() == Direction.UPGRADE) {
            migration.upgrade(operations);
        } else {
            migration.downgrade(operations);
        }
    }

    /**
     * The statements of a migration that runs in a transaction; one that cannot run in a transaction is refused before
     * it runs, naming what to do.
     */
    private static RecordingSqlSink sink(Connection connection, MigrationSession session) {
        JdbcSqlSink jdbc = new JdbcSqlSink(connection, session);
        return new RecordingSqlSink(new SqlSink() {
            @Override
            public void run(String sql) throws SQLException {
                refuseOutside(sql);
                jdbc.run(sql);
            }

            @Override
            public void runAsWritten(String sql) throws SQLException {
                refuseOutside(sql);
                jdbc.runAsWritten(sql);
            }

            @Override
            public boolean executes() {
                return jdbc.executes();
            }

            /** A migration in a transaction that asks for a block outside it runs statement by statement instead. */
            @Override
            public void outsideTransaction(Runnable statements) {
                throw new NeedsStatements();
            }

            private void refuseOutside(String sql) {
                if (session.runsOutsideTransaction(sql)) {
                    throw new IllegalStateException("`" + sql.strip() + "` cannot run inside a transaction: mark the"
                            + " migration @Revision(transactional = false), which runs each statement on its own");
                }
            }
        });
    }

    private void begin(MigrationSession session, Connection connection) throws SQLException {
        try {
            session.begin(connection);
        } catch (SQLTimeoutException e) {
            throw lockTimeout(e);
        }
    }

    private MigrationLockTimeoutException lockTimeout(SQLTimeoutException e) {
        return new MigrationLockTimeoutException("the database", options.lockTimeout(), e);
    }

    private static String describe(MigrationStep step) {
        return step.direction().word() + " " + RevisionGraph.describe(step.from()) + " -> "
                + RevisionGraph.describe(step.to());
    }

    private static void rollback(MigrationSession session, Connection connection, Throwable failure) {
        try {
            session.rollback(connection);
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Releases the lock; a release that fails after a failure is added to it, else reported. */
    private static void release(MigrationLock lock, Throwable failure) throws SQLException {
        try {
            lock.close();
        } catch (SQLException e) {
            if (failure == null) {
                throw e;
            }
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

    /** Work done on the connection while the runner holds it. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }
}
