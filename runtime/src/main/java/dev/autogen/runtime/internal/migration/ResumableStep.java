package dev.autogen.runtime.internal.migration;

import dev.autogen.core.database.MigrationSession;
import dev.autogen.core.database.SqlSink;
import dev.autogen.core.sql.SqlLexer;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.internal.migration.version.ProgressTable;
import dev.autogen.runtime.internal.migration.version.StatementProgress;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One migration run statement by statement where DDL commits as it runs, recording after each statement how far it
 * got ({@link ProgressTable}), and resuming after the last statement an earlier run completed.
 *
 * <p>Progress is counted in the migration's calls on {@link Operations} and the statements of the call in progress.
 * A resumed run skips the calls that completed without rendering them (rendering may read the live schema, which
 * those calls already changed), and the statements of the call in progress that completed. A hash of the calls up to
 * the one in progress must match the earlier run's: a migration edited since then is refused rather than resumed
 * at a place that no longer means the same.
 *
 * <p>Each statement runs in a transaction with its progress row: a DML statement and its row commit together; a DDL
 * statement commits by itself and its row right after, and so does a statement that cannot run in a transaction
 * ({@link MigrationSession#runsOutsideTransaction}), which runs with auto-commit on. So that a run killed between the two leaves no doubt behind,
 * a DDL statement is recorded as started (pending) before it runs; the next run runs it again, and where the database
 * then fails because its work is there already ({@link MigrationSession#showsAlreadyDone}: the column it adds exists,
 * the index it drops is gone), it counts as completed and the run goes on after it.
 */
final class ResumableStep implements SqlSink {

    /**
     * For crash tests: {@code -Dautogen.test.haltAfterStatement=N} halts the JVM, as {@code kill -9} would, right after
     * the N-th statement this process runs through a resumable step and its progress row were committed.
     */
    static final String HALT_PROPERTY = "autogen.test.haltAfterStatement";

    /**
     * For crash tests: {@code -Dautogen.test.haltBeforeRecording=N} halts the JVM right after the N-th DDL statement
     * this process runs through a resumable step, before its completion is recorded.
     */
    static final String HALT_BEFORE_RECORDING_PROPERTY = "autogen.test.haltBeforeRecording";

    private static int executedInProcess;
    private static int ddlInProcess;

    /** The first words of statements that commit by themselves on MariaDB, MySQL and H2. */
    private static final Set<String> DDL = Set.of("create", "alter", "drop", "rename", "truncate", "comment");

    private final SqlSink target;
    private final Connection connection;
    private final MigrationSession session;
    private final ProgressTable table;
    private final String revision;
    private final String direction;
    private final StatementProgress earlier;

    private int call = -1;
    private String digest = "";
    private int statementsInCall;
    private int applied;
    private int skipInCall;
    private String lastStatement;
    private final List<String> ran = new ArrayList<>();
    /** Inside an {@code op.outsideTransaction} block: every statement runs with auto-commit on. */
    private boolean forcedOutside;

    private final List<String> resolved = new ArrayList<>();

    ResumableStep(
            SqlSink target,
            Connection connection,
            MigrationSession session,
            ProgressTable table,
            MigrationStep step,
            Optional<StatementProgress> earlier) {
        this.target = target;
        this.connection = connection;
        this.session = session;
        this.table = table;
        this.revision = step.revision().id();
        this.direction = step.direction().word();
        this.earlier = earlier.orElse(null);
        this.applied = this.earlier == null ? 0 : this.earlier.applied();
        this.lastStatement = this.earlier == null ? "" : this.earlier.lastStatement();
    }

    /** The operations a migration calls: {@code operations}, with the calls an earlier run completed skipped. */
    Operations wrap(Operations operations) {
        return wrap(operations, "");
    }

    /** {@code prefix} names the view the calls are made on ({@code online().}), so that it counts in the digest. */
    private Operations wrap(Operations operations, String prefix) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "resumable " + operations;
                };
            }
            if (method.getReturnType() == Operations.class) {
                // op.online(): the same operations in other forms, whose calls count as any other
                return wrap((Operations) invoke(operations, method, args), prefix + method.getName() + "().");
            }
            if (method.getReturnType() != void.class) {
                return invoke(operations, method, args); // dialectName(): a question, not a change
            }
            if (method.getName().equals("outsideTransaction")) {
                return invoke(operations, method, args); // not a change itself: the calls in its block are
            }
            if (enter(prefix + method.getName(), args)) {
                invoke(operations, method, args);
            }
            return null;
        };
        return (Operations)
                Proxy.newProxyInstance(Operations.class.getClassLoader(), new Class<?>[] {Operations.class}, handler);
    }

    private static Object invoke(Operations operations, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(operations, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Starts the next call; false when the earlier run completed it. */
    private boolean enter(String name, Object[] args) {
        if (skipInCall > 0) {
            throw changed(); // the call that was in progress now renders fewer statements than had completed
        }
        call++;
        statementsInCall = 0;
        skipInCall = 0;
        digest = hash(digest + "\n" + name + Arrays.deepToString(args));
        if (earlier == null || call > earlier.calls()) {
            return true;
        }
        if (call < earlier.calls()) {
            return false;
        }
        if (!digest.equals(earlier.digest())) {
            throw changed();
        }
        skipInCall = earlier.statements();
        return true;
    }

    /** After the migration returned: it reached where the earlier run stopped (else it changed since). */
    void finished() {
        if (earlier != null && call < earlier.calls()) {
            throw changed();
        }
        if (skipInCall > 0) {
            throw changed();
        }
    }

    private IllegalStateException changed() {
        return new IllegalStateException("the migration is not the one an earlier run applied "
                + earlier.applied() + " statement" + (earlier.applied() == 1 ? "" : "s") + " of (the calls on op up to"
                + " where it stopped differ): restore it as it was to resume, or undo those statements by hand and"
                + " delete the row for " + revision + " from " + table.name());
    }

    @Override
    public void run(String sql) throws SQLException {
        run(sql, false);
    }

    @Override
    public void runAsWritten(String sql) throws SQLException {
        run(sql, true);
    }

    @Override
    public void outsideTransaction(Runnable statements) {
        boolean was = forcedOutside;
        forcedOutside = true;
        try {
            statements.run();
        } finally {
            forcedOutside = was;
        }
    }

    /** Whether the statement's first word, after white space and comments ({@link SqlLexer}), is one of {@link #DDL}. */
    static boolean isDdl(String sql) {
        int i = 0;
        while (i < sql.length()) {
            SqlLexer.Token t = SqlLexer.tokenAt(sql, i, SqlLexer.Rules.STANDARD);
            if (!t.isBlank()) {
                return t.kind() == SqlLexer.Kind.WORD && DDL.contains(t.text().toLowerCase(Locale.ROOT));
            }
            i = t.end();
        }
        return false;
    }

    private void run(String sql, boolean asWritten) throws SQLException {
        statementsInCall++;
        if (skipInCall > 0) {
            skipInCall--;
            return;
        }
        boolean inDoubt = earlier != null
                && call == earlier.calls()
                && statementsInCall == earlier.statements() + 1
                && earlier.isPending(sql);
        // a statement that cannot run in a transaction (PostgreSQL's CREATE INDEX CONCURRENTLY) commits by itself, as
        // DDL does on MariaDB: recorded as started first, run with auto-commit on, its completion recorded after it
        boolean outside = forcedOutside || session.runsOutsideTransaction(sql);
        boolean ddl = outside || isDdl(sql);
        StatementProgress before =
                new StatementProgress(revision, direction, call, statementsInCall - 1, applied, digest, lastStatement);
        if (ddl) {
            session.begin(connection);
            try {
                table.record(connection, before.startingNext(sql));
                session.commit(connection);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw e;
            }
        }
        boolean executed = false;
        try {
            if (outside) {
                session.prepareOutside(connection, sql).ifPresent(resolved::add);
            } else {
                session.begin(connection);
            }
            if (asWritten) {
                target.runAsWritten(sql);
            } else {
                target.run(sql);
            }
            executed = true;
            if (ddl) {
                haltBeforeRecordingIfAsked();
            }
            if (outside) {
                session.begin(connection);
            }
            table.record(
                    connection,
                    new StatementProgress(revision, direction, call, statementsInCall, applied + 1, digest, sql));
            session.commit(connection);
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly(e);
            if (inDoubt && !executed && e instanceof SQLException failure && session.showsAlreadyDone(failure)) {
                completedEarlier(sql, failure);
                return;
            }
            if (ddl && !executed && !(e instanceof Error)) {
                recordQuietly(before, e); // it failed: no longer in doubt
            }
            if (executed && !(e instanceof Error)) {
                throw new SQLException(
                        "`" + sql.strip() + "` ran, but recording it in " + table.name() + " failed (" + e.getMessage()
                                + "): DML was rolled back with the record; DDL stays, recorded as started, and a rerun finds out whether it"
                                + " completed",
                        e);
            }
            throw e;
        }
        applied++;
        lastStatement = sql;
        ran.add(sql);
        haltIfAsked();
    }

    /**
     * The statement an interrupted run had started, in doubt, failed now because its work is there: the earlier run
     * completed it. Recorded as completed, and the run goes on after it.
     */
    private void completedEarlier(String sql, SQLException failure) throws SQLException {
        session.begin(connection);
        try {
            table.record(
                    connection,
                    new StatementProgress(revision, direction, call, statementsInCall, applied + 1, digest, sql));
            session.commit(connection);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        }
        applied++;
        lastStatement = sql;
        resolved.add("`" + sql.strip() + "` had completed before the earlier run stopped (the database says: "
                + String.valueOf(failure.getMessage()).strip() + "); going on after it");
    }

    private void rollbackQuietly(Throwable failure) {
        try {
            if (connection.getAutoCommit()) {
                return; // a statement run outside a transaction failed: nothing to roll back
            }
            session.rollback(connection);
        } catch (SQLException | RuntimeException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    private void recordQuietly(StatementProgress progress, Throwable failure) {
        try {
            session.begin(connection);
            table.record(connection, progress);
            session.commit(connection);
        } catch (SQLException | RuntimeException suppressed) {
            failure.addSuppressed(suppressed);
            rollbackQuietly(failure);
        }
    }

    /** What this run found out about the statement an interrupted run left in doubt, for the user; empty if none. */
    List<String> resolved() {
        return List.copyOf(resolved);
    }

    /** The statements this run completed and recorded, in order. */
    List<String> ran() {
        return List.copyOf(ran);
    }

    @Override
    public boolean executes() {
        return target.executes();
    }

    /** How many of those an earlier run had completed. */
    int appliedBefore() {
        return earlier == null ? 0 : earlier.applied();
    }

    private static void haltBeforeRecordingIfAsked() {
        String halt = System.getProperty(HALT_BEFORE_RECORDING_PROPERTY);
        if (halt != null && ++ddlInProcess == Integer.parseInt(halt.strip())) {
            Runtime.getRuntime().halt(137);
        }
    }

    private static void haltIfAsked() {
        String halt = System.getProperty(HALT_PROPERTY);
        if (halt != null && ++executedInProcess == Integer.parseInt(halt.strip())) {
            Runtime.getRuntime().halt(137);
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
