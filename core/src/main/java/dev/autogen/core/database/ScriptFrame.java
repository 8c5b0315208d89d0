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
 */
public record ScriptFrame(List<String> prologue, String begin, String commit) {

    /** {@code BEGIN} and {@code COMMIT}, nothing before. */
    public static final ScriptFrame STANDARD = new ScriptFrame(List.of(), "BEGIN", "COMMIT");

    public ScriptFrame {
        prologue = List.copyOf(prologue);
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(commit, "commit");
    }
}
