package dev.autogen.cli;

import static dev.autogen.cli.Cli.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is reported as one line, {@code autogen: error: <problem>; <what to do>}, with exit code 2 and no stack
 * trace; {@code --debug} adds the stack trace. Passwords never show, in any form.
 */
class ErrorReportingTest {

    private static final String SECRET = "Wr0ng-s3cret";
    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/x";

    @TempDir
    Path dir;

    private Cli cli;
    private String sqlite;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        sqlite = "jdbc:sqlite:" + dir.resolve("app.db");
        cli.run("init").ok();
    }

    @Test
    void unreachableDatabaseIsOneLineForEveryCommandThatConnects() {
        for (List<String> command : List.of(
                List.of("current"),
                List.of("upgrade", "head"),
                List.of("downgrade", "base"),
                List.of("check"),
                List.of("diff"),
                List.of("revision", "--autogenerate", "-m", "x"))) {
            Cli.Result result = cli.run(args("--url", UNREACHABLE, Cli.entities(Cli.SHOP), command));
            assertEquals(
                    "cannot connect to jdbc:postgresql://127.0.0.1:1/x: Connection to 127.0.0.1:1 refused"
                            + ". Check that the hostname and port are correct and that the postmaster is accepting TCP/IP"
                            + " connections; check the URL, user and password, and that the database is running",
                    result.userError(),
                    result::toString);
            assertEquals("", result.out(), result::toString);
        }
    }

    @Test
    void aUrlNoDatabaseTakesNamesTheUrlsThatWork() {
        // a common slip: jdbc:postgres: for jdbc:postgresql:; no driver and no database module takes it
        Cli.Result result =
                secretFree(cli.run("--url", "jdbc:postgres://127.0.0.1:5432/app?password=" + SECRET, "current"));
        assertEquals(2, result.code(), result::toString);
        assertEquals(
                "no database takes the URL jdbc:postgres://127.0.0.1:5432/app?password=***; supported:"
                        + " jdbc:postgresql:... (postgresql), jdbc:sqlite:... (sqlite), jdbc:h2:... (h2),"
                        + " jdbc:mariadb:... (mariadb), jdbc:mysql:... (mysql)",
                result.userError(),
                result::toString);
    }

    @Test
    void debugAddsTheStackTraceAndItsCause() {
        Cli.Result plain = cli.run("--url", UNREACHABLE, "current");
        String line = plain.userError();

        Cli.Result debug = cli.run("--url", UNREACHABLE, "current", "--debug");
        assertEquals(2, debug.code(), debug::toString);
        List<String> lines = debug.errLines();
        assertEquals("autogen: error: " + line, lines.get(0), debug::toString);
        assertEquals("dev.autogen.engine.DatabaseUnreachableException: " + line, lines.get(1), debug::toString);
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("\tat dev.autogen.engine.DatabaseConnector.connect(")),
                debug::toString);
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.startsWith(
                                "Caused by: org.postgresql.util.PSQLException: Connection to 127.0.0.1:1 refused")),
                debug::toString);
        // --debug before the command works the same
        Cli.Result before = cli.run("--debug", "--url", UNREACHABLE, "current");
        assertEquals(lines.get(0), before.errLines().get(0));
        assertTrue(before.errLines().size() > 5, before::toString);
    }

    @Test
    void wrongPasswordIsReportedAsSuchAndNeverPrinted() throws Exception {
        String h2 = "jdbc:h2:file:" + dir.resolve("h2db");
        try (Connection c = DriverManager.getConnection(h2, "sa", "right")) {
            assertTrue(c.isValid(1));
        }
        String expected =
                "\\Qcannot connect to " + h2 + ": Wrong user name or password [28000-\\E\\d+\\Q]; check the URL,"
                        + " user and password, and that the database is running\\E";

        assertMatches(
                expected,
                secretFree(cli.run("--url", h2, "--user", "sa", "--password", SECRET, "current"))
                        .userError());
        assertMatches(
                expected,
                secretFree(cli.env("AUTOGEN_PASSWORD", SECRET).run("--url", h2, "--user", "sa", "current"))
                        .userError());
        for (String command : List.of("current", "history", "upgrade")) {
            secretFree(cli.run("--url", h2, "--user", "sa", "--password", SECRET, command, "--debug"));
        }

        // in the URL itself, H2 style
        Cli.Result inUrl = secretFree(cli.run("--url", h2 + ";USER=sa;PASSWORD=" + SECRET, "current"));
        assertMatches(
                "\\Qcannot connect to " + h2 + ";USER=sa;PASSWORD=***: Wrong user name or password [28000-\\E\\d+\\Q];"
                        + " check the URL, user and password, and that the database is running\\E",
                inUrl.userError());
        secretFree(cli.run("--url", h2 + ";USER=sa;PASSWORD=" + SECRET, "current", "--debug"));

        // with the right password the connection works
        assertEquals(
                "base (no migration applied)\n",
                cli.run("--url", h2, "--user", "sa", "--password", "right", "current")
                        .ok()
                        .out());
    }

    @Test
    void passwordsInUrlsAreMasked() {
        Cli.Result query =
                secretFree(cli.run("--url", UNREACHABLE + "?user=app&password=" + SECRET, "current", "--debug"));
        assertTrue(
                query.errLines()
                        .get(0)
                        .startsWith(
                                "autogen: error: cannot connect to jdbc:postgresql://127.0.0.1:1/x?user=app&password=***: Connection to"),
                query::toString);

        Cli.Result platform = secretFree(cli.env("DATABASE_URL", "postgres://app:" + SECRET + "@127.0.0.1:1/x")
                .run("current"));
        assertTrue(
                platform.userError().startsWith("cannot connect to jdbc:postgresql://127.0.0.1:1/x: Connection to"),
                platform::toString);
    }

    @Test
    void packageWithoutEntities() {
        Cli.Result result = cli.run(args("--url", sqlite, Cli.entities("dev.autogen.cli.fixtures.none"), "check"));
        assertEquals(
                "No @Entity classes found in packages [dev.autogen.cli.fixtures.none] under [" + Cli.testClasses()
                        + "]: check that the entities are compiled there (classes, not sources) and the package names",
                result.userError());
        assertDebugShowsTrace(args("--url", sqlite, Cli.entities("dev.autogen.cli.fixtures.none"), "check"));
    }

    @Test
    void entitiesPathThatDoesNotExist() {
        Path missing = dir.resolve("no-such-classes");
        Cli.Result result = cli.run("--url", sqlite, "--entities", missing.toString(), "--package", Cli.SHOP, "diff");
        assertEquals(
                "Entity classpath entry " + missing
                        + " does not exist: give --entities existing class directories or jars",
                result.userError());
        // relative to the working directory
        Cli.Result relative = cli.run("--url", sqlite, "--entities", "no-such-classes", "check");
        assertEquals(result.userError(), relative.userError());
    }

    @Test
    void noEntitiesAtAll() {
        Cli.Result result = cli.run(
                "--url", sqlite, "--config", writeConfig("url=" + sqlite).toString(), "check");
        assertEquals(
                "no entity classes given; set --entities (folders or jars of compiled @Entity classes) or 'entities' in"
                        + " autogen.properties",
                result.userError());
    }

    @Test
    void migrationThatDoesNotCompileNamesFileAndLine() throws Exception {
        Path file = dir.resolve("migrations/versions/222222222222_broken.java");
        Files.writeString(file, "final class Broken_222222222222 {\n    int x = ;\n}\n");
        String expected =
                "Migration " + file + ":2 does not compile: illegal start of expression; fix the file and run again";
        assertEquals(expected, cli.run("--url", sqlite, "upgrade").userError());
        assertEquals(expected, cli.run("--url", sqlite, "history").userError());
        assertDebugShowsTrace(List.of("--url", sqlite, "history"));
    }

    @Test
    void missingParentRevision() throws Exception {
        Path file = dir.resolve("migrations/versions/111111111111_orphan.java");
        Files.writeString(file, """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                @Revision(id = "111111111111", revises = {"999999999999"}, message = "orphan", created = "2025-01-01T00:00:00Z")
                final class Orphan_111111111111 implements Migration {
                    @Override
                    public void upgrade(Operations op) {}

                    @Override
                    public void downgrade(Operations op) {}
                }
                """);
        assertEquals(
                "Revision 111111111111 revises 999999999999, which is not in " + dir.resolve("migrations/versions")
                        + ": restore the migration 999999999999 or fix the revises of " + file,
                cli.run("--url", sqlite, "upgrade", "head").userError());
        assertDebugShowsTrace(List.of("--url", sqlite, "heads"));
    }

    @Test
    void upgradeToUnknownRevision() {
        cli.run("--url", sqlite, "revision", "-m", "first", "--rev-id", "aaaaaaaaaaaa")
                .ok();
        assertEquals(
                "Revision abcdef is not in " + dir.resolve("migrations/versions")
                        + ": run history to list the revisions",
                cli.run("--url", sqlite, "upgrade", "abcdef").userError());
        assertEquals(
                "Revision abcdef is not in " + dir.resolve("migrations/versions")
                        + ": run history to list the revisions",
                cli.run("--url", sqlite, "downgrade", "abcdef").userError());
        assertDebugShowsTrace(List.of("--url", sqlite, "upgrade", "abcdef"));
    }

    @Test
    void noMigrationsFolder() {
        Cli.Result result = cli.run("--url", sqlite, "--migrations", "elsewhere", "upgrade");
        assertEquals(
                "no migrations folder at " + dir.resolve("elsewhere/versions")
                        + "; run 'autogen init' or pass --migrations",
                result.userError());
        for (String command : List.of("current", "history", "heads", "downgrade")) {
            List<String> argv = command.equals("downgrade")
                    ? List.of("--url", sqlite, "--migrations", "elsewhere", command, "base")
                    : List.of("--url", sqlite, "--migrations", "elsewhere", command);
            assertEquals(result.userError(), cli.run(argv).userError(), command);
        }
        assertDebugShowsTrace(List.of("--url", sqlite, "--migrations", "elsewhere", "upgrade"));
    }

    @Test
    void noDatabaseUrl() {
        Path bare = dir.resolve("bare");
        Cli elsewhere = new Cli(bare);
        elsewhere.run("init", ".").ok();
        writeConfigIn(bare, "migrations=.");
        String noUrl =
                "no database URL; pass --url, set AUTOGEN_URL or DATABASE_URL, or set 'url' in autogen.properties";
        assertEquals(noUrl, elsewhere.run("current").userError());
        assertEquals(noUrl, elsewhere.run("upgrade").userError());
        assertEquals(noUrl, elsewhere.run(args(Cli.entities(Cli.SHOP), "check")).userError());
        assertEquals(
                noUrl, elsewhere.run("revision", "--autogenerate", "-m", "x").userError());
        // writing an empty revision and reading the history need no database
        assertEquals(
                bare.resolve("versions/aaaaaaaaaaaa_x.java") + "\n",
                elsewhere
                        .run("revision", "-m", "x", "--rev-id", "aaaaaaaaaaaa")
                        .ok()
                        .out());
        assertEquals(
                "<base> -> aaaaaaaaaaaa (head), x\n",
                elsewhere.run("history").ok().out());
        assertEquals("aaaaaaaaaaaa (head), x\n", elsewhere.run("heads").ok().out());
    }

    @Test
    void usageErrorsAreOneLine() {
        assertEquals(
                "Unknown option: '--bogus' (see 'autogen --help')",
                cli.run("--bogus").userError());
        assertEquals(
                "Unknown option: '--bogus' (see 'autogen upgrade --help')",
                cli.run("upgrade", "--bogus").userError());
        assertEquals(
                "Missing required option: '--message=MSG' (see 'autogen revision --help')",
                cli.run("revision").userError());
        assertEquals(
                "Missing required option: '--message=MSG' (see 'autogen revision --help')",
                cli.run("revision", "--autogenerate").userError());
        assertEquals(
                "Missing required parameter: 'TARGET' (see 'autogen downgrade --help')",
                cli.run("downgrade").userError());
        assertEquals(
                "Unmatched argument at index 0: 'frobnicate' (see 'autogen --help')",
                cli.run("frobnicate").userError());
        assertEquals(
                "Missing required parameter for option '--url' (JDBC_URL) (see 'autogen current --help')",
                cli.run("current", "--url").userError());
        assertEquals(
                "-m MSG before a command would be ignored; it is short for 'revision --autogenerate -m MSG' and takes no"
                        + " command (see 'autogen --help')",
                cli.run("-m", "x", "upgrade").userError());
    }

    @Test
    void badRevisionIdAndDuplicates() {
        assertEquals(
                "--rev-id no good contains blanks, commas, @ or :; use a short hexadecimal id such as 3f2a9c1d7e4b, or"
                        + " leave --rev-id out",
                cli.run("--url", sqlite, "revision", "-m", "x", "--rev-id", "no good")
                        .userError());
        cli.run("--url", sqlite, "revision", "-m", "x", "--rev-id", "abc123").ok();
        assertEquals(
                "revision id abc123 already exists; choose another --rev-id",
                cli.run("--url", sqlite, "revision", "-m", "y", "--rev-id", "abc123")
                        .userError());
    }

    @Test
    void missingConfigFile() {
        assertEquals(
                "config file " + dir.resolve("nope.properties")
                        + " does not exist; create it with 'autogen init' or fix --config",
                cli.run("--config", "nope.properties", "current").userError());
    }

    @Test
    void migrationThatFailsInTheDatabase() throws Exception {
        cli.run(args(
                        "--url",
                        sqlite,
                        Cli.entities(Cli.SHOP),
                        "revision",
                        "--autogenerate",
                        "-m",
                        "create shop",
                        "--rev-id",
                        "aaaaaaaaaaaa"))
                .ok();
        try (Connection c = DriverManager.getConnection(sqlite);
                java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE purchase (id INTEGER PRIMARY KEY)");
        }
        Cli.Result result = cli.run("--url", sqlite, "upgrade");
        String message = result.userError();
        assertTrue(
                message.startsWith(
                        "Upgrade base -> aaaaaaaaaaaa (create shop) failed and was rolled back; the database stays"
                                + " at base: add_table on purchase failed: [SQLITE_ERROR] SQL error or missing database (table purchase already"
                                + " exists) [statement: create table purchase ("),
                message);
        assertTrue(message.endsWith("]; fix the migration and run again"), message);
        assertEquals("Running upgrade  -> aaaaaaaaaaaa, create shop\n", result.out());
        assertEquals(
                "base (no migration applied)\n",
                cli.run("--url", sqlite, "current").ok().out());
    }

    /** The same command with {@code --debug}: the same first line, then a stack trace. */
    private void assertDebugShowsTrace(List<String> argv) {
        String line = cli.run(argv).userError();
        Cli.Result debug = cli.run(args(argv, "--debug"));
        assertEquals(2, debug.code(), debug::toString);
        // debug lines (a migration compiled to read its header, ...) may come first
        assertEquals(
                "autogen: error: " + line,
                debug.errLines().stream()
                        .filter(l -> !l.startsWith("autogen: debug "))
                        .findFirst()
                        .orElse(""),
                debug::toString);
        assertTrue(debug.errLines().stream().anyMatch(l -> l.startsWith("\tat ")), debug::toString);
    }

    private static void assertMatches(String regex, String actual) {
        assertTrue(actual.matches(regex), () -> "expected to match " + regex + "\n but was " + actual);
    }

    private static Cli.Result secretFree(Cli.Result result) {
        assertFalse(result.out().contains(SECRET), result::toString);
        assertFalse(result.err().contains(SECRET), result::toString);
        assertEquals(2, result.code(), result::toString);
        return result;
    }

    private Path writeConfig(String... lines) {
        return writeConfigIn(dir.resolve("conf"), lines);
    }

    private static Path writeConfigIn(Path folder, String... lines) {
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve("autogen.properties"), String.join("\n", lines) + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
