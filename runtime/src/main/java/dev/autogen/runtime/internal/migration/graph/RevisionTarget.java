package dev.autogen.runtime.internal.migration.graph;

import dev.autogen.runtime.internal.migration.error.InvalidTargetException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed target, as typed by a user:
 *
 * <ul>
 *   <li>{@code head} (the single head), {@code heads} (every head), {@code base} (before the first revision);
 *   <li>a revision id, a unique prefix of one, or a branch label (the revision that declares it);
 *   <li>{@code +N} / {@code -N}: N revisions above or below what the database is at;
 *   <li>{@code rev+N}, {@code rev-N}, {@code head-N}, {@code base+N}: N revisions from a named revision;
 *   <li>{@code branch@head}, {@code branch@base}, {@code branch@rev}, {@code branch@+N}, {@code branch@-N}: the same,
 *       within one branch.
 * </ul>
 *
 * @param kind which form
 * @param text the target as given (stripped)
 * @param branch the branch label before {@code @}, or null
 * @param revision the id, prefix or label for {@link TargetKind#REVISION}, otherwise null
 * @param steps the signed step count: from the database's state for {@link TargetKind#RELATIVE}, from the named
 *     revision otherwise; 0 for none
 */
public record RevisionTarget(TargetKind kind, String text, String branch, String revision, int steps) {

    public static final String HEAD = "head";
    public static final String HEADS = "heads";
    public static final String BASE = "base";

    /** The forms, for messages. */
    public static final String FORMS =
            "head, heads, base, a revision id or prefix, +N, -N, rev+N, branch@head or branch@+N";

    private static final Pattern STEPS = Pattern.compile("(.*?)([+-][0-9]{1,9})");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    public RevisionTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** Parses a target as typed by a user. */
    public static RevisionTarget parse(String target) {
        if (target == null || target.isBlank()) {
            throw new InvalidTargetException("No target revision given: use " + FORMS);
        }
        String text = target.strip();
        String branch = null;
        String rest = text;
        int at = text.indexOf('@');
        if (at >= 0) {
            branch = text.substring(0, at);
            rest = text.substring(at + 1);
            if (branch.isEmpty() || rest.isEmpty() || !NAME.matcher(branch).matches()) {
                throw invalid(text, "is incomplete: write branch@head, branch@base, branch@REV or branch@+N");
            }
        }
        if (rest.equals(HEADS)) {
            if (branch != null) {
                throw invalid(text, "mixes a branch with heads: use " + branch + "@head, or heads for every branch");
            }
            return new RevisionTarget(TargetKind.HEADS, text, null, null, 0);
        }
        String anchor = rest;
        int steps = 0;
        Matcher m = STEPS.matcher(rest);
        if (m.matches()) {
            anchor = m.group(1);
            steps = Integer.parseInt(m.group(2));
            if (steps == 0) {
                throw invalid(text, "moves 0 revisions: give a step count of 1 or more");
            }
        }
        if (anchor.isEmpty()) {
            return new RevisionTarget(TargetKind.RELATIVE, text, branch, null, steps);
        }
        if (anchor.equals(HEAD)) {
            return new RevisionTarget(TargetKind.HEAD, text, branch, null, steps);
        }
        if (anchor.equals(BASE)) {
            if (steps < 0) {
                throw invalid(text, "goes below base");
            }
            return new RevisionTarget(TargetKind.BASE, text, branch, null, steps);
        }
        if (anchor.equals(HEADS)) {
            throw invalid(
                    text, "moves from several heads: name one head, or use branch@head" + (steps > 0 ? "" : "-N"));
        }
        if (!NAME.matcher(anchor).matches()) {
            throw invalid(text, "is not a revision: use " + FORMS);
        }
        return new RevisionTarget(TargetKind.REVISION, text, branch, anchor, steps);
    }

    private static InvalidTargetException invalid(String text, String problem) {
        return new InvalidTargetException("Target " + text + " " + problem);
    }

    public Optional<String> branchLabel() {
        return Optional.ofNullable(branch);
    }

    @Override
    public String toString() {
        return text;
    }
}
