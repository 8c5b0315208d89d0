package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.roundtrip.ApplicationCheck;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Removing the entities whose identifiers come from a generator table drops that table; the downgrade re-creates it
 * with the rows it held when the migration was generated, so that the application, back on the old entities, persists
 * again and its identifiers go on where they stopped instead of starting over ({@code Item_SEQ} where sequences are
 * emulated, a table generator's {@code hibernate_sequences} everywhere).
 */
class DroppedGeneratorTablesTest {

    static final String V1 = "dev.autogen.cli.fixtures.seqdrop.v1";
    static final String V2 = "dev.autogen.cli.fixtures.seqdrop.v2";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "mariadb"})
    void theDowngradeRestoresTheNextValues(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            Cli cli = new Cli(dir);
            Path migrations = dir.resolve("migrations");
            List<String> common = Cli.args("--url", db.url(), "--migrations", migrations.toString());
            cli.run(Cli.args(common, "init", migrations.toString())).ok();
            cli.run(Cli.args(common, Cli.entities(V1), "revision", "--autogenerate", "-m", "v1"))
                    .ok();
            cli.run(Cli.args(common, "upgrade", "head")).ok();
            // Item's identifiers come from the table Item_SEQ only where sequences are emulated
            List<String> generated = kind.equals("sqlite") ? List.of("Voucher", "Item") : List.of("Voucher");
            long[] before = new long[generated.size()];
            for (int i = 0; i < generated.size(); i++) {
                before[i] = max(ApplicationCheck.persistAndKeep(db, Cli.testClasses(), V1, generated.get(i), 3));
            }

            String plan = cli.run(Cli.args(common, Cli.entities(V2), "diff"))
                    .ok()
                    .out()
                    .toLowerCase(java.util.Locale.ROOT);
            assertTrue(
                    plan.contains(
                            "- drop table hibernate_sequences (its 1 row kept for the downgrade)   [destructive]"),
                    plan);
            cli.run(Cli.args(common, Cli.entities(V2), "revision", "--autogenerate", "-m", "v2"))
                    .ok();
            String v2 = migration("v2").toLowerCase(java.util.Locale.ROOT);
            assertTrue(
                    v2.contains("rows(\"sequence_name\", \"next_val\")") && v2.contains(".values(\"default\", "), v2);
            if (kind.equals("sqlite")) {
                assertTrue(v2.contains("rows(\"next_val\").values("), v2);
            }
            cli.run(Cli.args(common, "upgrade", "head")).ok();
            cli.run(Cli.args(common, "downgrade", "-1")).ok();

            assertEquals(0, cli.run(Cli.args(common, Cli.entities(V1), "check")).code(), "the v1 schema is back");
            for (int i = 0; i < generated.size(); i++) {
                long after = max(ApplicationCheck.persistAndKeep(db, Cli.testClasses(), V1, generated.get(i), 1));
                assertTrue(
                        after > before[i],
                        generated.get(i) + " got id " + after
                                + " after the downgrade; before the drop the ids went up to " + before[i]);
            }
            ApplicationCheck.persistEveryEntity(db, Cli.testClasses(), V1);
        }
    }

    /**
     * Only a generator's shape is read, and only a small table: a dropped table of another shape, or one of more than
     * 100 rows, is dropped as before, without rows for its downgrade.
     */
    @Test
    void onlySmallTablesOfAGeneratorsShapeKeepTheirRows() throws Exception {
        try (Db db = TestDatabases.sqlite()) {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("create table small_blocks (block varchar(255) not null primary key, next_id bigint)");
                s.execute("insert into small_blocks values ('a', 10), ('b', 20)");
                s.execute("create table big_blocks (block varchar(255) not null primary key, next_id bigint)");
                for (int i = 0; i < 101; i++) {
                    s.execute("insert into big_blocks values ('k" + i + "', " + i + ")");
                }
                s.execute("create table archive (id bigint not null primary key, body varchar(255))");
                s.execute("insert into archive values (1, 'x')");
            }
            Cli cli = new Cli(dir);
            String plan = cli.run(Cli.args("--url", db.url(), Cli.entities(V2), "diff"))
                    .ok()
                    .out();
            assertTrue(
                    plan.contains("- drop table small_blocks (its 2 rows kept for the downgrade)   [destructive]")
                            && plan.contains("- drop table big_blocks   [destructive]")
                            && plan.contains("- drop table archive   [destructive]"),
                    plan);
        }
    }

    private static long max(List<Object> ids) {
        return ids.stream().mapToLong(id -> ((Number) id).longValue()).max().orElseThrow();
    }

    private String migration(String message) throws Exception {
        try (var files = Files.list(dir.resolve("migrations").resolve("versions"))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .filter(text -> text.contains(message))
                    .filter(text -> text.contains("dropTable"))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
