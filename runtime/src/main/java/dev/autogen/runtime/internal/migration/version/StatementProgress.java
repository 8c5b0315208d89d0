package dev.autogen.runtime.internal.migration.version;

import java.util.Objects;

/**
 * How far a migration got on a database that commits DDL as it runs: the row a runner keeps in the progress table
 * ({@link ProgressTable}) while a step runs, so that a run after a crash resumes after the last statement that
 * completed instead of running it again.
 *
 * @param revision the revision whose migration ran
 * @param direction {@code upgrade} or {@code downgrade}
 * @param calls how many of the migration's calls on {@code Operations} had completed before the one in progress
 * @param statements how many statements of the call in progress had completed
 * @param applied how many statements of the migration had completed in all
 * @param digest a hash of the migration's calls up to the one in progress, to notice a migration changed since
 * @param lastStatement the last statement that completed, for messages, in ASCII
 * @param pending the DDL statement that was started after those and whose end no record shows (the runner records it
 *     before running it, and records its completion after), or null; a run killed between the two leaves it, and
 *     the next run finds out from the database whether it completed
 */
public record StatementProgress(
        String revision,
        String direction,
        int calls,
        int statements,
        int applied,
        String digest,
        String lastStatement,
        String pending) {

    /** The longest statement text kept; a longer one is cut, with {@code ...} at the end. */
    public static final int MAX_STATEMENT = 2000;

    public StatementProgress {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(digest, "digest");
        lastStatement = kept(lastStatement == null ? "" : lastStatement);
        pending = pending == null ? null : kept(pending);
    }

    /** Progress with no statement in doubt. */
    public StatementProgress(
            String revision,
            String direction,
            int calls,
            int statements,
            int applied,
            String digest,
            String lastStatement) {
        this(revision, direction, calls, statements, applied, digest, lastStatement, null);
    }

    /** This progress with {@code statement} started after it. */
    public StatementProgress startingNext(String statement) {
        return new StatementProgress(revision, direction, calls, statements, applied, digest, lastStatement, statement);
    }

    /** Whether {@code statement} is the one {@link #pending} names (as kept: in ASCII, cut where too long). */
    public boolean isPending(String statement) {
        return pending != null && pending.equals(kept(statement));
    }

    /** A statement as the table keeps it: in ASCII, and cut with {@code ...} where longer than {@link #MAX_STATEMENT}. */
    private static String kept(String statement) {
        String text = ascii(statement);
        return text.length() > MAX_STATEMENT ? text.substring(0, MAX_STATEMENT - 3) + "..." : text;
    }

    /**
     * The text with {@code ?} for each character beyond ASCII: the statement is kept for messages only, and the
     * table's character set (a database's default, perhaps {@code latin1}) must hold it whatever the migration wrote.
     */
    private static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c < 0x80 ? (char) c : '?'));
        return out.toString();
    }

    /** Whether this is the progress of {@code revision} in {@code direction}. */
    public boolean isFor(String revision, String direction) {
        return this.revision.equals(revision) && this.direction.equals(direction);
    }
}
