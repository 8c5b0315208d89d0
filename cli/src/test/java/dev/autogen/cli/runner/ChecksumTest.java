package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.runtime.internal.migration.version.VersionTable;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checksums of applied migrations on each database: an upgrade records each revision in {@code autogen_version_history}
 * with its checksum, time, user and duration; {@code validate} ignores a reformatted migration and names an edited
 * one (exit 1); {@code upgrade} refuses to run over an edited one unless validation is off; {@code repair --accept}
 * records the new checksum; a downgrade deletes the row; a database whose version table the current release wrote
 * (without a history table) is upgraded in place; offline scripts write the same rows.
 */
class ChecksumTest {

    static final String R1 = "c5000000000a";
    static final String R2 = "c5000000000b";
    static final String R3 = "c5000000000c";
    static final String R4 = "c5000000000d";

    @TempDir
    Path dir;

    private MigrationSources versions() {
        return new MigrationSources(dir.resolve("migrations/versions"), true);
    }

    /** R1 creates items; R2 adds qty and fills it, written as a user would, with a comment and a local variable. */
    private void history(MigrationSources versions) {
        versions.write(
                R1,
                null,
                "items",
                "op.createTable(\"items\", column(\"id\", BIGINT).notNull(), column(\"name\", VARCHAR(50)),"
                        + " primaryKey(\"id\"));\nop.execute(\"INSERT INTO items (id, name) VALUES (1, 'a')\");",
                "op.dropTable(\"items\");");
        versions.write(R2, R1, "qty", """
                String table = "items";
                op.addColumn(table, column("qty", INTEGER).notNull().serverDefault("0"));
                op.execute("UPDATE items SET qty = 2 WHERE id = 1");""", """
                op.dropColumn("items", "qty");""");
    }

    /** R2 as before, reformatted: other white space, comments, an unused import, a renamed variable, SQL re-indented. */
    private void reformatted(MigrationSources versions) throws Exception {
        Path file = versions.dir().resolve(R2 + "_qty.java");
        String source = """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;
                import java.util.List; // not used

                import static dev.autogen.runtime.Schema.*;
                import static dev.autogen.runtime.Types.*;

                /** Adds a quantity. */
                @Revision(id = "%s", revises = {"%s"}, message = "qty")
                final class M_%s implements Migration {

                    @Override
                    public void upgrade(Operations op) {
                        // the table
                        String t =
                                "items";
                        op.addColumn(
                                t,
                                column("qty", INTEGER)
                                        .notNull()
                                        .serverDefault("0")); /* default */
                        op.execute(\"""
                                UPDATE items
                                   SET qty = 2   -- every row of id 1
                                 WHERE id = 1
                                \""");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropColumn("items", "qty");
                    }
                }
                """.formatted(R2, R1, R2);
        Files.writeString(file, source, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void upgradeRecordsChecksumsThatValidateChecksAndRepairAccepts(String kind) throws Exception {
        MigrationSources versions = versions();
        history(versions);
        try (Db db = TestDatabases.of(kind)) {
            InProcess.run(dir, db.url(), 0, "upgrade", "head");
            Map<String, Row> rows = rows(db);
            assertEquals(List.of(R1, R2), List.copyOf(rows.keySet()), rows.toString());
            for (Row row : rows.values()) {
                assertTrue(row.checksum().matches("[0-9a-f]{64}"), row.toString());
                assertNotNull(row.appliedAt(), row.toString());
                assertNotNull(row.appliedBy(), row.toString());
                assertFalse(row.appliedBy().isBlank(), row.toString());
                assertNotNull(row.durationMillis(), row.toString());
                assertTrue(Long.parseLong(row.durationMillis()) >= 0, row.toString());
            }
            String checksum = rows.get(R2).checksum();

            InProcess.Result ok = InProcess.run(dir, db.url(), 0, "validate");
            assertEquals("All 2 applied migrations match their checksums (" + db.kind() + ")\n", ok.out());

            // reformatting, comments, imports and a renamed variable keep the checksum
            reformatted(versions);
            InProcess.run(dir, db.url(), 0, "validate");
            // changing an operation changes it: validate names the revision and its file, exit 1
            versions.write(R2, R1, "qty", """
                    op.addColumn("items", column("qty", BIGINT).notNull().serverDefault("0"));
                    op.execute("UPDATE items SET qty = 2 WHERE id = 1");""", """
                    op.dropColumn("items", "qty");""");
            InProcess.Result changed = InProcess.run(dir, db.url(), 1, "validate");
            List<String> lines = changed.out().lines().toList();
            assertEquals(2, lines.size(), changed.out());
            assertTrue(lines.get(0).startsWith(R2 + " changed: "), changed.out());
            assertTrue(lines.get(0).contains(R2 + "_qty.java"), changed.out());
            assertTrue(lines.get(0).contains(checksum.substring(0, 12)), changed.out());
            assertTrue(
                    lines.get(1).endsWith("record an intended change with 'autogen repair --accept " + R2 + "'"),
                    changed.out());

            // upgrade refuses to run over it, in one line naming it, unless validation is off
            versions.write(R3, R2, "note", "op.addColumn(\"items\", column(\"note\", VARCHAR(20)));", """
                    op.dropColumn("items", "note");""");
            InProcess.Result refused = InProcess.run(dir, db.url(), 2, "upgrade", "head");
            assertTrue(refused.err().contains("Applied migration " + R2 + " ("), refused.err());
            assertTrue(refused.err().contains("repair --accept " + R2), refused.err());
            assertEquals(1, refused.err().lines().count(), refused.err());
            assertEquals(List.of(R2), current(db));
            Path config = dir.resolve("autogen.properties");
            Files.writeString(config, "validate-on-migrate=false\n");
            InProcess.run(dir, db.url(), 0, "upgrade", "head");
            Files.delete(config);
            assertEquals(List.of(R3), current(db));
            InProcess.run(dir, db.url(), 0, "downgrade", R2);
            InProcess.run(dir, db.url(), 0, "upgrade", "head", "--no-validate");
            assertEquals(List.of(R1, R2, R3), List.copyOf(rows(db).keySet()));

            // repair --accept refuses an unknown or unapplied revision, records the new checksum of an applied one
            versions.write(R4, R3, "unapplied", "", "");
            InProcess.Result unapplied = InProcess.run(dir, db.url(), 2, "repair", "--accept", R4);
            assertTrue(unapplied.err().contains(R4 + " is not applied"), unapplied.err());
            InProcess.run(dir, db.url(), 2, "repair", "--accept", "ffffffffffff");
            InProcess.run(dir, db.url(), 2, "repair");
            InProcess.Result repaired = InProcess.run(dir, db.url(), 0, "repair", "--accept", R2);
            assertTrue(repaired.out().startsWith("Recorded checksum "), repaired.out());
            assertTrue(repaired.out().contains(" for " + R2 + " (was " + checksum.substring(0, 12) + ")"));
            InProcess.run(dir, db.url(), 0, "validate");
            InProcess.run(dir, db.url(), 0, "upgrade", "head");

            // a downgrade deletes the rows of the revisions it reverts
            InProcess.run(dir, db.url(), 0, "downgrade", R1);
            assertEquals(List.of(R1), List.copyOf(rows(db).keySet()));
            InProcess.Result verbose = InProcess.run(dir, db.url(), 0, "history", "--verbose");
            assertTrue(verbose.out().contains("Checksum: " + rows(db).get(R1).checksum()), verbose.out());
        }
    }

    /** With one transaction per run (PostgreSQL), each migration's row commits with the run. */
    @Test
    void aRunInOneTransactionRecordsEachRevision() throws Exception {
        history(versions());
        try (Db db = TestDatabases.postgres()) {
            InProcess.run(dir, db.url(), 0, "upgrade", "head", "--transaction-per-run");
            assertEquals(List.of(R1, R2), List.copyOf(rows(db).keySet()));
            InProcess.run(dir, db.url(), 0, "validate");
        }
    }

    /**
     * A database migrated by the current release: its version table, written by that release's {@link VersionTable}
     * code, and no history table. The first upgrade creates the table and records the applied revisions (with their
     * files' checksums and no time), saying so once; then it runs what is new.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void aVersionTableOfTheCurrentReleaseIsUpgradedInPlace(String kind) throws Exception {
        MigrationSources versions = versions();
        history(versions);
        try (Db db = TestDatabases.of(kind)) {
            try (Connection c = db.connect()) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE items (id BIGINT NOT NULL, name VARCHAR(50), qty INTEGER DEFAULT 0 NOT"
                            + " NULL, PRIMARY KEY (id))");
                }
                VersionTable table = new VersionTable();
                table.createIfMissing(c);
                table.replace(c, List.of(), List.of(R2));
            }
            versions.write(R3, R2, "note", "op.addColumn(\"items\", column(\"note\", VARCHAR(20)));", """
                    op.dropColumn("items", "note");""");
            InProcess.Result first = InProcess.run(dir, db.url(), 0, "upgrade", "head");
            assertEquals(
                    List.of(
                            "Recorded the checksums of 2 applied migrations in autogen_version_history (new: the"
                                    + " version table was written by an earlier release), from the migrations as they"
                                    + " are now; when they were applied is unknown",
                            "Running upgrade " + R2 + " -> " + R3 + ", note"),
                    first.out().lines().toList());
            Map<String, Row> rows = rows(db);
            assertEquals(List.of(R1, R2, R3), List.copyOf(rows.keySet()));
            assertNull(rows.get(R1).appliedAt());
            assertNull(rows.get(R2).durationMillis());
            assertNotNull(rows.get(R3).appliedAt());
            InProcess.run(dir, db.url(), 0, "validate");
            // said once
            versions.write(R4, R3, "empty", "", "");
            assertEquals(
                    List.of("Running upgrade " + R3 + " -> " + R4 + ", empty"),
                    InProcess.run(dir, db.url(), 0, "upgrade", "head")
                            .out()
                            .lines()
                            .toList());
        }
    }

    /**
     * Each row records the SHA-256 of its migration's source text: while a file reads the same, validation does not
     * compile it (a deploy of a versions folder with no class cache compiles only what it runs); a reformatted file is
     * compiled and passes, an edited one is named. A history table an earlier release created without that column gets
     * it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void validationCompilesOnlyTheMigrationsWhoseTextChanged(String kind) throws Exception {
        MigrationSources versions = versions();
        history(versions);
        try (Db db = TestDatabases.of(kind)) {
            // a history table as the previous release made it, without the source column
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE autogen_version_history (revision VARCHAR(32) NOT NULL, checksum VARCHAR(64),"
                        + " applied_at TIMESTAMP NULL, applied_by VARCHAR(128), duration_ms BIGINT,"
                        + " CONSTRAINT autogen_version_history_pkc PRIMARY KEY (revision))");
            }
            InProcess.run(dir, db.url(), 0, "upgrade", "head");
            Map<String, String> hashes = sourceHashes(db);
            assertEquals(List.of(R1, R2), List.copyOf(hashes.keySet()));
            for (String id : List.of(R1, R2)) {
                String expected = java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(versions.dir().resolve(sourceName(versions, id)))));
                assertEquals(expected, hashes.get(id), id);
            }

            // a row without a hash (as the previous release wrote them): the next upgrade compiles that migration once
            // to check it, and records its hash
            String r1Hash = hashes.get(R1);
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.executeUpdate(
                        "UPDATE autogen_version_history SET source_sha256 = NULL WHERE revision = '" + R1 + "'");
            }
            deleteTree(dir.resolve("migrations/.autogen"));
            versions.write(R3, R2, "note", "op.addColumn(\"items\", column(\"note\", VARCHAR(20)));", """
                    op.dropColumn("items", "note");""");
            InProcess.run(dir, db.url(), 0, "upgrade", "head");
            assertEquals(List.of("M_" + R1, "M_" + R3), compiledClasses());
            assertEquals(r1Hash, sourceHashes(db).get(R1));

            // a deploy: the class cache gone, one new migration; validation compiles none of the applied ones
            deleteTree(dir.resolve("migrations/.autogen"));
            versions.write(R4, R3, "empty", "", "");
            InProcess.run(dir, db.url(), 0, "upgrade", "head");
            assertEquals(List.of("M_" + R4), compiledClasses(), "only the migration that ran was compiled");

            // a reformatted file is compiled to check it, and passes; an edited one is named
            deleteTree(dir.resolve("migrations/.autogen"));
            reformatted(versions);
            InProcess.run(dir, db.url(), 0, "validate");
            assertEquals(List.of("M_" + R2), compiledClasses());
            versions.write(
                    R1,
                    null,
                    "items",
                    "op.createTable(\"items\", column(\"id\", BIGINT).notNull()," + " primaryKey(\"id\"));",
                    "op.dropTable(\"items\");");
            InProcess.Result changed = InProcess.run(dir, db.url(), 1, "validate");
            assertTrue(changed.out().startsWith(R1 + " changed: "), changed.out());
        }
    }

    private static String sourceName(MigrationSources versions, String id) throws Exception {
        try (java.util.stream.Stream<Path> files = Files.list(versions.dir())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith(id + "_"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** The top-level classes in the class cache, by name. */
    private List<String> compiledClasses() throws Exception {
        Path cache = dir.resolve("migrations/.autogen/classes");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.walk(cache)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .sorted()
                    .toList();
        }
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Map<String, String> sourceHashes(Db db) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT revision, source_sha256 FROM autogen_version_history")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** {@code validate} before any run of this release: nothing recorded is no failure. */
    @Test
    void validateOnADatabaseWithoutHistorySaysSo() throws Exception {
        history(versions());
        try (Db db = TestDatabases.sqlite()) {
            try (Connection c = db.connect()) {
                VersionTable table = new VersionTable();
                table.createIfMissing(c);
                table.replace(c, List.of(), List.of(R1));
            }
            assertEquals(
                    "No applied migration has a checksum to check (sqlite); 1 applied migration has no checksum"
                            + " recorded yet (the next upgrade records it)\n",
                    InProcess.run(dir, db.url(), 0, "validate").out());
            // a revision the version table holds that no migration has: missing, exit 1
            try (Connection c = db.connect()) {
                new VersionTable().replace(c, List.of(R1), List.of("0123456789ab"));
            }
            InProcess.Result missing = InProcess.run(dir, db.url(), 1, "validate");
            assertTrue(missing.out().startsWith("0123456789ab missing: "), missing.out());
        }
    }

    /** Offline scripts write the history rows the online run writes: applied by the script, with the same checksum. */
    @Test
    void offlineScriptsWriteTheHistoryRows() throws Exception {
        history(versions());
        String checksum;
        try (Db online = TestDatabases.sqlite()) {
            InProcess.run(dir, online.url(), 0, "upgrade", "head");
            checksum = rows(online).get(R2).checksum();
        }
        try (Db db = TestDatabases.sqlite()) {
            String script =
                    InProcess.run(dir, db.url(), 0, "upgrade", "head", "--sql").out();
            assertTrue(script.contains("CREATE TABLE IF NOT EXISTS autogen_version_history ("), script);
            assertTrue(
                    script.contains("INSERT INTO autogen_version_history (revision, checksum, applied_at, applied_by,"
                            + " duration_ms) VALUES ('" + R2 + "', '" + checksum + "', CURRENT_TIMESTAMP, "),
                    script);
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                for (String sql : script.split(";\n")) {
                    String statement = sql.lines()
                            .filter(l -> !l.startsWith("--"))
                            .reduce("", (a, b) -> a + "\n" + b)
                            .strip();
                    if (!statement.isEmpty()) {
                        s.execute(statement);
                    }
                }
            }
            assertEquals(List.of(R1, R2), List.copyOf(rows(db).keySet()));
            assertEquals(checksum, rows(db).get(R2).checksum());
            assertNotNull(rows(db).get(R2).appliedAt());
            InProcess.run(dir, db.url(), 0, "validate");
            String down = InProcess.run(dir, db.url(), 0, "downgrade", R2 + ":" + R1, "--sql")
                    .out();
            assertTrue(down.contains("DELETE FROM autogen_version_history WHERE revision = '" + R2 + "';"), down);
        }
    }

    record Row(String checksum, String appliedAt, String appliedBy, String durationMillis) {}

    private static Map<String, Row> rows(Db db) throws Exception {
        Map<String, Row> out = new TreeMap<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT revision, checksum, applied_at, applied_by, duration_ms FROM"
                        + " autogen_version_history")) {
            while (rs.next()) {
                out.put(rs.getString(1), new Row(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return out;
    }

    private static List<String> current(Db db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect()) {
            out.addAll(InProcess.rows(c, "SELECT version_num FROM autogen_version ORDER BY version_num"));
        }
        return out;
    }
}
