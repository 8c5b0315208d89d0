package dev.autogen.core.database;

import java.util.List;
import java.util.Objects;

/**
 * How an offline SQL script ({@code upgrade --sql}) frames its transactions on one database.
 *
 * @param prologue statements before anything else, outside any transaction (SQLite: {@code PRAGMA foreign_keys = OFF},
 *     which cannot change inside one)
 * @param begin the statement that begins a transaction
 * @param commit the statement that commits it
 * @param compoundDelimiter where the database's command-line client ends statements at every {@code ;} (MariaDB's and
 *     MySQL's {@code mariadb}), the delimiter a statement holding one ({@code IF ... THEN ...; END IF}) is written
 *     with, between {@code DELIMITER} lines; null where the client reads such statements as written
 */
public record ScriptFrame(List<String> prologue, String begin, String commit, String compoundDelimiter) {

    /** {@code BEGIN} and {@code COMMIT}, nothing before. */
    public static final ScriptFrame STANDARD = new ScriptFrame(List.of(), "BEGIN", "COMMIT");

    public ScriptFrame {
        prologue = List.copyOf(prologue);
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(commit, "commit");
    }

    /** A frame whose client reads statements as written. */
    public ScriptFrame(List<String> prologue, String begin, String commit) {
        this(prologue, begin, commit, null);
    }
}
