package dev.autogen.engine.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing a command found: a difference, a lint finding, a changed checksum, a second head.
 *
 * @param rule what kind of finding it is
 * @param level how bad it is
 * @param revision the revision it is about, or null
 * @param revisionMessage that revision's message, or null
 * @param file the file it is in (a migration's source), or null
 * @param origin where it is when there is no file (a migration's class, an entity), or null
 * @param table the table it is about, or null
 * @param message what was found, in one line
 * @param fix what to do, in one line, or null
 * @param suppressed whether it is silenced (a silenced lint rule): reported, never failing
 * @param failing whether it makes the command fail (exit 1)
 */
public record Finding(
        Rule rule,
        Level level,
        String revision,
        String revisionMessage,
        Path file,
        String origin,
        String table,
        String message,
        String fix,
        boolean suppressed,
        boolean failing) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    /** A finding of {@code rule} at its level, about {@code revision} and {@code table}, with no file. */
    public static Finding of(Rule rule, String revision, String table, String message, boolean failing) {
        return new Finding(rule, rule.level(), revision, null, null, null, table, message, rule.help(), false, failing);
    }
}
