package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two branches, their merge, and every way to move along them, through the command line on real databases:
 *
 * <pre>
 *   1000000000a1 create accounts (branchpoint)
 *   ├── 2000000000b1 add orders (orders) ── 2000000000b2 add order lines
 *   └── 3000000000c1 add invoices (invoices)
 *   4000000000d1 merge orders and invoices: revises 2000000000b2 and 3000000000c1
 * </pre>
 *
 * Each revision creates one table, so every step is visible in the schema.
 */
class BranchingTest {

    static final String A1 = "1000000000a1";
    static final String B1 = "2000000000b1";
    static final String B2 = "2000000000b2";
    static final String C1 = "3000000000c1";
    static final String D1 = "4000000000d1";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeOnce() throws Exception {
        writeBranches(new Cli(shared), shared.resolve("migrations/versions"));
    }

    /**
     * Copies a project holding the branches (settings, migrations and their compiled classes, so that nothing is
     * compiled again) from {@code from}, where {@link #writeBranches} wrote them, to {@code to}.
     */
    static void copyBranches(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Writes the two branches with the command line, each migration then filled with one table. */
    static void writeBranches(Cli cli, Path versions) throws Exception {
        cli.run("init").ok();
        fill(cli.run("revision", "-m", "create accounts", "--rev-id", A1).ok(), "accounts");
        fill(
                cli.run("revision", "-m", "add orders", "--rev-id", B1, "--branch-label", "orders")
                        .ok(),
                "orders");
        fill(
                cli.run("revision", "-m", "add invoices", "--rev-id", C1, "--head", A1, "--branch-label", "invoices")
                        .ok(),
                "invoices");
        fill(
                cli.run("revision", "-m", "add order lines", "--rev-id", B2, "--head", "orders@head")
                        .ok(),
                "order_lines");
        assertTrue(Files.isRegularFile(versions.resolve(B2 + "_add_order_lines.java")));
    }

    /** Puts a create-table into the upgrade and the matching drop into the downgrade of the file a revision wrote. */
    private static void fill(Cli.Result written, String table) throws Exception {
        Path file = Path.of(written.out().strip());
        String source = Files.readString(file, StandardCharsets.UTF_8);
        source = source.replaceFirst(
                "// No changes\\.",
                "op.createTable(\"" + table + "\", column(\"id\", BIGINT).notNull(), primaryKey(\"id\"));");
        source = source.replaceFirst("// No changes\\.", "op.dropTable(\"" + table + "\");");
        Files.writeString(file, source, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "h2"})
    void branchMergeUpgradeDowngradeAndStamp(String kind) throws Exception {
        try (TestDatabases.Db db = TestDatabases.of(kind)) {
            Cli cli = new Cli(dir).env("AUTOGEN_URL", db.url());
            Path versions = dir.resolve("migrations/versions");
            copyBranches(shared, dir);

            // two heads: listed, and refused where one is needed
            assertEquals(
                    List.of(B2 + " (orders) (head), add order lines", C1 + " (invoices) (head), add invoices"),
                    cli.run("heads").ok().outLines());
            assertEquals(
                    "Multiple head revisions in " + versions + ": " + B2 + " ("
                            + versions.resolve(B2 + "_add_order_lines.java") + "), " + C1 + " ("
                            + versions.resolve(C1 + "_add_invoices.java")
                            + "); merge them with 'autogen merge -m MSG " + B2 + " " + C1
                            + "', or target heads, one of them,"
                            + " or a branch@head",
                    cli.run("upgrade", "head").userError());
            assertEquals(
                    "the migrations have 2 heads (" + B2 + ", " + C1 + "); merge them with 'autogen merge -m MSG"
                            + " heads', or name the parent with --head REV",
                    cli.run("revision", "-m", "more").userError());
            assertEquals(
                    List.of(
                            A1 + " (branchpoint), create accounts",
                            "             -> " + B1 + " (orders), add orders",
                            "             -> " + C1 + " (invoices) (head), add invoices"),
                    cli.run("branches").ok().outLines());

            // one branch only
            assertEquals(
                    List.of(
                            "Running upgrade  -> " + A1 + ", create accounts",
                            "Running upgrade " + A1 + " -> " + B1 + ", add orders",
                            "Running upgrade " + B1 + " -> " + B2 + ", add order lines"),
                    cli.run("upgrade", "orders@head").ok().outLines());
            assertEquals(List.of(B2 + " (head)"), cli.run("current").ok().outLines());
            assertEquals(List.of("accounts", "order_lines", "orders"), tables(db));

            // then every head
            assertEquals(
                    List.of("Running upgrade " + A1 + " -> " + C1 + ", add invoices"),
                    cli.run("upgrade", "heads").ok().outLines());
            assertEquals(
                    List.of(B2 + " (head)", C1 + " (head)"),
                    cli.run("current").ok().outLines());
            assertEquals(List.of(B2, C1), versionRows(db));

            // merge, and upgrade through it
            Path merge = versions.resolve(D1 + "_merge_orders_and_invoices.java");
            assertEquals(
                    merge + "\n",
                    cli.run("merge", "-m", "merge orders and invoices", "heads", "--rev-id", D1)
                            .ok()
                            .out());
            String source = Files.readString(merge, StandardCharsets.UTF_8);
            assertTrue(source.contains("revises = {\"" + B2 + "\", \"" + C1 + "\"},"), source);
            assertEquals(
                    List.of(D1 + " (invoices, orders) (head), merge orders and invoices"),
                    cli.run("heads").ok().outLines());
            assertEquals(
                    List.of("Running upgrade " + B2 + ", " + C1 + " -> " + D1 + ", merge orders and invoices"),
                    cli.run("upgrade", "head").ok().outLines());
            assertEquals(List.of(D1), versionRows(db));
            assertEquals(
                    List.of(
                            B2 + ", " + C1 + " -> " + D1
                                    + " (invoices, orders) (head) (current) (mergepoint), merge orders and invoices",
                            A1 + " -> " + C1 + " (invoices), add invoices",
                            B1 + " -> " + B2 + " (orders), add order lines",
                            A1 + " -> " + B1 + " (orders), add orders",
                            "<base> -> " + A1 + " (branchpoint), create accounts"),
                    cli.run("history").ok().outLines());

            // down across the merge: both parents are heads again
            assertEquals(
                    List.of("Running downgrade " + D1 + " -> " + B2 + ", " + C1 + ", merge orders and invoices"),
                    cli.run("downgrade", B2).ok().outLines());
            assertEquals(List.of(B2, C1), versionRows(db));
            assertEquals(
                    List.of("Running downgrade " + C1 + " -> " + A1 + ", add invoices"),
                    cli.run("downgrade", "invoices@-1").ok().outLines());
            assertEquals(List.of(B2), versionRows(db));
            assertEquals(List.of("accounts", "order_lines", "orders"), tables(db));
            assertEquals(
                    List.of("Running upgrade " + A1 + " -> " + C1 + ", add invoices"),
                    cli.run("upgrade", "+1").ok().outLines());
            assertEquals(
                    List.of("Running upgrade " + B2 + ", " + C1 + " -> " + D1 + ", merge orders and invoices"),
                    cli.run("upgrade", "+1").ok().outLines());
            cli.run("downgrade", "-1").ok();
            assertEquals(List.of(B2, C1), versionRows(db));
            assertEquals(
                    List.of(
                            "Running downgrade " + C1 + " -> " + A1 + ", add invoices",
                            "Running downgrade " + B2 + " -> " + B1 + ", add order lines",
                            "Running downgrade " + B1 + " -> " + A1 + ", add orders",
                            "Running downgrade " + A1 + " -> , create accounts"),
                    cli.run("downgrade", "base").ok().outLines());
            assertEquals(List.of(), tables(db));

            // stamp: record without running
            assertEquals(
                    List.of("Running stamp  -> " + D1),
                    cli.run("stamp", "head").ok().outLines());
            assertEquals(List.of(D1), versionRows(db));
            assertEquals(List.of(), tables(db), "stamp runs no migration");
            assertEquals(
                    List.of("Running stamp " + D1 + " -> "),
                    cli.run("stamp", "base").ok().outLines());
            assertEquals(
                    List.of("Running stamp  -> " + B2 + ", " + C1),
                    cli.run("stamp", "orders@head", "invoices").ok().outLines());
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO autogen_version (version_num) VALUES ('ffffffffffff')");
            }
            String unknown = "The database is at revision ffffffffffff, which is not in " + versions + ": restore that"
                    + " migration, use the versions folder the database was migrated with, or reset the version table"
                    + " with stamp --purge";
            assertEquals(unknown, cli.run("upgrade", "head").userError());
            assertEquals(unknown, cli.run("stamp", "head").userError());
            assertEquals(
                    List.of("Running stamp " + B2 + ", " + C1 + ", ffffffffffff -> " + D1),
                    cli.run("stamp", "--purge", "head").ok().outLines());
            assertEquals(List.of(D1), versionRows(db));
            assertEquals(List.of(), cli.run("stamp", "-q", "heads").ok().outLines());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void everyTargetForm(String kind) throws Exception {
        try (TestDatabases.Db db = TestDatabases.of(kind)) {
            Cli cli = new Cli(dir).env("AUTOGEN_URL", db.url());
            copyBranches(shared, dir);

            // two heads
            move(cli, db, "upgrade", "1000", A1); // a unique prefix
            move(cli, db, "upgrade", "orders", B1); // a branch label: the revision declaring it
            move(cli, db, "upgrade", "orders@+1", B2); // N up within a branch, from the database
            move(cli, db, "downgrade", B2 + "-1", B1); // N from a named revision
            move(cli, db, "upgrade", "invoices@head", B1, C1); // one branch's head
            move(cli, db, "upgrade", "heads", B2, C1); // every head
            move(cli, db, "downgrade", "orders@-1", B1, C1); // N down within one branch
            move(cli, db, "downgrade", "invoices@base", B1); // a branch undone, the other kept
            move(cli, db, "downgrade", "base"); // everything undone
            move(cli, db, "upgrade", "base+1", A1); // N from base
            move(cli, db, "upgrade", C1.substring(0, 6), C1); // a prefix on the other branch
            move(cli, db, "upgrade", "orders@" + B1, B1, C1); // a revision within a branch
            assertEquals(List.of("accounts", "invoices", "orders"), tables(db));

            // merged
            cli.run("merge", "-m", "merge orders and invoices", B2, C1, "--rev-id", D1)
                    .ok();
            move(cli, db, "upgrade", "head", D1); // the single head
            move(cli, db, "downgrade", "orders@head-1", B2, C1); // below a branch's head, across the merge
            move(cli, db, "downgrade", "orders@-1", B1, C1);
            move(cli, db, "upgrade", "+2", D1); // N up, the merge included
            move(cli, db, "downgrade", "-1", B2, C1); // N down from the database
            move(cli, db, "downgrade", "orders@base", C1); // the merge goes with the branch
            assertEquals(List.of("accounts", "invoices"), tables(db));
            move(cli, db, "upgrade", "orders@head", D1); // a merged branch's head pulls the other in
            assertEquals(List.of("accounts", "invoices", "order_lines", "orders"), tables(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void dependsOnAcrossBranches(String kind) throws Exception {
        try (TestDatabases.Db db = TestDatabases.of(kind)) {
            Cli cli = new Cli(dir).env("AUTOGEN_URL", db.url());
            copyBranches(shared, dir);
            String e1 = "5000000000e1";
            fill(
                    cli.run(
                                    "revision",
                                    "-m",
                                    "add reports",
                                    "--rev-id",
                                    e1,
                                    "--head",
                                    "base",
                                    "--branch-label",
                                    "reports",
                                    "--depends-on",
                                    "orders@head")
                            .ok(),
                    "reports");
            String source = Files.readString(dir.resolve("migrations/versions/" + e1 + "_add_reports.java"));
            assertTrue(source.contains("""
                            revises = {},
                            dependsOn = {"2000000000b2"},
                            branchLabels = {"reports"},
                    """), source);
            assertEquals(
                    List.of(
                            B2 + " (orders) (head), add order lines",
                            C1 + " (invoices) (head), add invoices",
                            e1 + " (reports) (head), add reports"),
                    cli.run("heads").ok().outLines());

            assertEquals(
                    List.of(
                            "Running upgrade  -> " + A1 + ", create accounts",
                            "Running upgrade " + A1 + " -> " + B1 + ", add orders",
                            "Running upgrade " + B1 + " -> " + B2 + ", add order lines",
                            "Running upgrade  -> " + e1 + ", add reports"),
                    cli.run("upgrade", "reports@head").ok().outLines());
            assertEquals(List.of(B2, e1), versionRows(db), "one row per head, the dependency's included");
            assertEquals(List.of("accounts", "order_lines", "orders", "reports"), tables(db));
            assertEquals(
                    List.of("<base> (" + B2 + ") -> " + e1 + " (reports) (head) (current), add reports"),
                    cli.run("history", "-r", e1 + ":").ok().outLines());
            assertEquals(
                    List.of("Rev: " + e1 + " (reports) (head) (current)", "Parent: <base>", "Also depends on: " + B2),
                    cli.run("show", e1).ok().outLines().subList(0, 3));

            // undoing b2 undoes what depends on it first
            assertEquals(
                    List.of(
                            "Running downgrade " + e1 + " -> , add reports",
                            "Running downgrade " + B2 + " -> " + B1 + ", add order lines"),
                    cli.run("downgrade", "orders@-1").ok().outLines());
            assertEquals(List.of(B1), versionRows(db));
            assertEquals(List.of("accounts", "orders"), tables(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void showHeadsBranchesAndHistoryRanges(String kind) throws Exception {
        try (TestDatabases.Db db = TestDatabases.of(kind)) {
            Cli cli = new Cli(dir).env("AUTOGEN_URL", db.url());
            copyBranches(shared, dir);
            Path versions = dir.resolve("migrations/versions");
            Path b2 = versions.resolve(B2 + "_add_order_lines.java");
            String source = Files.readString(b2, StandardCharsets.UTF_8);
            String created = source.replaceAll("(?s).*created = \"([^\"]+)\".*", "$1");
            List<String> block = List.of(
                    B2 + " (orders) (head)",
                    "Parent: " + B1,
                    "Branch names: orders",
                    "Path: " + b2,
                    "Created: " + created,
                    "",
                    "    add order lines");
            List<String> expected = new java.util.ArrayList<>(block);
            expected.set(0, "Rev: " + block.get(0));
            expected.add("");
            expected.addAll(source.stripTrailing().lines().toList());
            assertEquals(expected, cli.run("show", "orders@head").ok().outLines());

            List<String> heads = cli.run("heads", "--verbose").ok().outLines();
            assertEquals(expected.subList(0, block.size()), heads.subList(0, block.size()));
            assertEquals(
                    List.of("", "Rev: " + C1 + " (invoices) (head)", "Parent: " + A1, "Branch names: invoices"),
                    heads.subList(block.size(), block.size() + 4));
            assertEquals(
                    List.of("Rev: " + A1 + " (branchpoint)", "Parent: <base>", "Branches into: " + B1 + ", " + C1),
                    cli.run("branches", "-v").ok().outLines().subList(0, 3));

            cli.run("upgrade", "-q", "orders@head").ok();
            assertEquals(
                    List.of(
                            B1 + " -> " + B2 + " (orders) (head) (current), add order lines",
                            A1 + " -> " + B1 + " (orders), add orders"),
                    cli.run("history", "-r", B1 + ":").ok().outLines());
            assertEquals(
                    List.of(
                            A1 + " -> " + C1 + " (invoices) (head), add invoices",
                            "<base> -> " + A1 + " (branchpoint), create accounts"),
                    cli.run("history", "-r", ":invoices@head").ok().outLines());
            assertEquals(
                    List.of(B1 + " -> " + B2 + " (orders) (head) (current), add order lines"),
                    cli.run("history", "-r", "current:").ok().outLines());
            assertEquals(
                    List.of(A1 + " -> " + B1 + " (orders), add orders"),
                    cli.run("history", "-r", "orders@base+1:" + B2 + "-1").ok().outLines());
            assertEquals(List.of(), cli.run("history", "-r", "base:base").ok().outLines());
            List<String> verbose =
                    cli.run("history", "-r", "current:", "--verbose").ok().outLines();
            assertEquals("Rev: " + B2 + " (orders) (head) (current)", verbose.get(0));
        }
    }

    private static void move(Cli cli, TestDatabases.Db db, String command, String target, String... rows)
            throws Exception {
        cli.run(command, "-q", target).ok();
        assertEquals(List.of(rows), versionRows(db), command + " " + target);
    }

    static List<String> versionRows(TestDatabases.Db db) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT version_num FROM autogen_version ORDER BY version_num")) {
            List<String> out = new java.util.ArrayList<>();
            while (rows.next()) {
                out.add(rows.getString(1));
            }
            return out;
        }
    }

    /**
     * The tables of the connection's own catalog and schema (the test database: a MariaDB database is a catalog, a
     * PostgreSQL schema a schema) besides the version table (and its progress table), sorted.
     */
    static List<String> tables(TestDatabases.Db db) throws Exception {
        try (Connection c = db.connect()) {
            DatabaseMetaData meta = c.getMetaData();
            TreeSet<String> names = new TreeSet<>();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            names.remove("autogen_version");
            names.remove("autogen_version_history");
            names.remove("autogen_version_progress"); // where DDL commits as it runs: the runner's progress row
            assertFalse(names.stream().anyMatch(n -> n.startsWith("sqlite_")), names::toString);
            return List.copyOf(names);
        }
    }
}
