package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with many migrations to compile runs the first ones while the others compile, in batches on a background
 * thread ({@code MigrationSet.loadAhead}): each migration still runs once and in order, and one that does not compile
 * stops the run before the first migration of its batch, with the earlier ones applied; fixed, the rerun completes
 * the rest. A run with few migrations to compile compiles them all before its first step.
 */
class CompileAheadTest {

    private static final int MIGRATIONS = 150;

    @TempDir
    Path dir;

    private static String id(int k) {
        return String.format("ca%010x", k);
    }

    /** Migration 0 creates {@code ran}; migration k logs k in it. */
    private MigrationSources history(int n) {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"), true);
        versions.write(
                id(0),
                null,
                "log",
                "op.createTable(\"ran\", column(\"k\", INTEGER).notNull());",
                "op.dropTable(\"ran\");");
        for (int k = 1; k < n; k++) {
            write(versions, k, ";");
        }
        return versions;
    }

    private static void write(MigrationSources versions, int k, String end) {
        versions.write(
                id(k),
                id(k - 1),
                "m" + k,
                "op.execute(\"INSERT INTO ran (k) VALUES (" + k + ")\")" + end,
                "op.execute(\"DELETE FROM ran WHERE k = " + k + "\");");
    }

    private String url() {
        return "jdbc:sqlite:" + dir.resolve("app.db");
    }

    private List<String> ran() throws Exception {
        try (Connection c = DriverManager.getConnection(url())) {
            return InProcess.rows(c, "SELECT k FROM ran ORDER BY rowid");
        }
    }

    private static List<String> upTo(int last) {
        return IntStream.rangeClosed(1, last).mapToObj(Integer::toString).toList();
    }

    private long cacheFolders() throws Exception {
        try (Stream<Path> folders = Files.list(dir.resolve("migrations/.autogen/classes"))) {
            return folders.count();
        }
    }

    @Test
    void aLongRunCompilesWhileItRunsAndEachMigrationRunsOnceInOrder() throws Exception {
        history(MIGRATIONS);
        InProcess.run(dir, url(), 0, "upgrade", "head");
        assertEquals(upTo(MIGRATIONS - 1), ran());
        try (Connection c = DriverManager.getConnection(url())) {
            assertEquals(List.of(id(MIGRATIONS - 1)), InProcess.rows(c, "SELECT version_num FROM autogen_version"));
            assertEquals(
                    List.of(Integer.toString(MIGRATIONS)),
                    InProcess.rows(c, "SELECT count(*) FROM autogen_version_history"));
        }
        assertTrue(cacheFolders() > 1, "the first batch, then the others: one cache folder per compiler run");
        InProcess.run(dir, url(), 0, "downgrade", "base");
        assertEquals(0, tables(), "downgrade to base undid every migration");
    }

    private int tables() throws Exception {
        try (Connection c = DriverManager.getConnection(url())) {
            return InProcess.rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'ran'")
                    .size();
        }
    }

    @Test
    void aMigrationThatDoesNotCompileStopsTheRunBeforeItsBatchAndTheRerunCompletesIt() throws Exception {
        MigrationSources versions = history(MIGRATIONS);
        write(versions, 120, ""); // no semicolon
        InProcess.Result failed = InProcess.run(dir, url(), 2, "upgrade", "head");
        assertTrue(failed.err().contains("m120.java:") && failed.err().contains("does not compile"), failed.err());
        assertEquals(1, failed.err().strip().lines().count(), failed.err());
        List<String> before = ran();
        // the first batch ran at least; nothing of the broken one's batch did
        assertTrue(before.size() >= 31 && before.size() < 119, before.toString());
        assertEquals(upTo(before.size()), before);

        write(versions, 120, ";");
        InProcess.run(dir, url(), 0, "upgrade", "head");
        assertEquals(upTo(MIGRATIONS - 1), ran());
    }

    @Test
    void aShortRunCompilesEverythingBeforeItsFirstStep() throws Exception {
        MigrationSources versions = history(40);
        write(versions, 39, "");
        InProcess.run(dir, url(), 2, "upgrade", "head");
        try (Connection c = DriverManager.getConnection(url())) {
            assertEquals(
                    List.of(),
                    InProcess.rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'ran'"));
        }
    }
}
