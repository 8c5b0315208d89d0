package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where each setting comes from: a flag wins over the environment ({@code AUTOGEN_URL} before {@code DATABASE_URL}),
 * which wins over {@code autogen.properties} or {@code --config FILE}. Relative paths in a config file resolve against
 * the file's folder; relative paths from flags and the environment against the working directory.
 */
class SettingsTest {

    private static final String REV = "aaaaaaaaaaaa";

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        cli.run("init").ok();
        cli.run("revision", "-m", "first", "--rev-id", REV).ok();
    }

    @Test
    void initWritesASettingsFileThatIsUsedFromThen() throws IOException {
        String config = Files.readString(dir.resolve("autogen.properties"));
        assertTrue(config.contains("\nurl=jdbc:sqlite:app.db\n"), config);
        assertTrue(config.contains("\nmigrations=migrations\n"), config);

        assertEquals(
                "Running upgrade  -> " + REV + ", first\n",
                cli.run("upgrade").ok().out());
        assertEquals(REV, versionIn(dir.resolve("app.db")));
    }

    @Test
    void urlFlagThenAutogenUrlThenDatabaseUrlThenConfig() {
        cli.env("DATABASE_URL", "jdbc:sqlite:from-database-url.db");
        cli.run("upgrade").ok();
        assertEquals(REV, versionIn(dir.resolve("from-database-url.db")));
        assertFalse(Files.exists(dir.resolve("app.db")));

        cli.env("AUTOGEN_URL", "jdbc:sqlite:from-autogen-url.db");
        cli.run("upgrade").ok();
        assertEquals(REV, versionIn(dir.resolve("from-autogen-url.db")));

        cli.run("upgrade", "--url", "jdbc:sqlite:from-flag.db").ok();
        assertEquals(REV, versionIn(dir.resolve("from-flag.db")));

        assertFalse(Files.exists(dir.resolve("app.db")));
    }

    @Test
    void configFileGivenWithConfigResolvesRelativePathsAgainstItsFolder() throws IOException {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(
                conf.resolve("team.properties"),
                String.join(
                        "\n",
                        "url=jdbc:sqlite:data/team.db",
                        "migrations=../migrations",
                        "entities=" + conf.relativize(Cli.testClasses()),
                        "package=" + Cli.SHOP_V2 + ", " + Cli.SHOP_V2 + ".none",
                        ""));
        Files.createDirectories(conf.resolve("data"));
        Cli elsewhere = new Cli(work);

        assertEquals(
                "Running upgrade  -> " + REV + ", first\n",
                elsewhere
                        .run("--config", "../conf/team.properties", "upgrade")
                        .ok()
                        .out());
        assertEquals(REV, versionIn(conf.resolve("data/team.db")));

        Cli.Result check = elsewhere.run("check", "--config", "../conf/team.properties");
        assertEquals(1, check.code(), check::toString);
        assertEquals("""
                Drift: 1 change(s) between the entities and the database:
                  + add table customer (id, email, name, phone)
                Run 'autogen revision --autogenerate -m "..."' to write a migration for them.
                """, check.out());

        // --config replaces ./autogen.properties, which is not read at all then
        Files.writeString(work.resolve("autogen.properties"), "url=jdbc:sqlite:wrong.db\nmigrations=nowhere\n");
        assertEquals(
                REV + " (head)\n",
                elsewhere
                        .run("--config", "../conf/team.properties", "current")
                        .ok()
                        .out());
        assertEquals(
                "no migrations folder at " + work.resolve("nowhere/versions")
                        + "; run 'autogen init' or pass --migrations",
                elsewhere.run("current").userError());
    }

    @Test
    void environmentPathsResolveAgainstTheWorkingDirectory() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/autogen.properties"), "url=jdbc:sqlite:ignored.db\nmigrations=ignored\n");
        Cli sub = new Cli(dir.resolve("sub"))
                .env("AUTOGEN_URL", "jdbc:sqlite:env.db")
                .env("AUTOGEN_MIGRATIONS", "../migrations")
                .env("AUTOGEN_ENTITIES", Cli.testClasses().toString())
                .env("AUTOGEN_PACKAGE", Cli.SHOP);
        sub.run("upgrade").ok();
        assertEquals(REV, versionIn(dir.resolve("sub/env.db")));

        Cli.Result check = sub.run("check");
        assertEquals(1, check.code(), check::toString);
        assertTrue(check.out().contains("+ add table purchase"), check::toString);
        // a flag beats the environment for the package as well
        Cli.Result v2 = sub.run("diff", "--package", Cli.SHOP_V2);
        assertEquals("+ add table customer (id, email, name, phone)\n", v2.ok().out());
    }

    @Test
    void passwordAndUserFlagThenEnvironmentThenConfig() throws Exception {
        String h2 = "jdbc:h2:file:" + dir.resolve("h2db");
        try (Connection c = DriverManager.getConnection(h2, "sa", "right")) {
            assertTrue(c.isValid(1));
        }
        Files.writeString(
                dir.resolve("autogen.properties"),
                "url=" + h2 + "\nuser=sa\npassword=Bad-s3cret\nmigrations=migrations\n");
        String refused = "cannot connect to " + h2 + ": Wrong user name or password";
        String connected = "connected: base (no migration applied)";

        assertTrue(run(cli).startsWith(refused));
        assertTrue(run(cli, "--password", "right").startsWith(connected));
        cli.env("AUTOGEN_PASSWORD", "right");
        assertTrue(run(cli).startsWith(connected));
        assertTrue(run(cli, "--password", "Bad-s3cret").startsWith(refused));
        cli.env("AUTOGEN_USER", "nobody");
        assertTrue(run(cli).startsWith(refused));
        assertTrue(run(cli, "--user", "sa").startsWith(connected));
    }

    /**
     * {@code current} with these flags: the one-line error, after checking the password is not printed; or
     * {@code connected: } and what it printed.
     */
    private static String run(Cli cli, String... flags) {
        List<String> argv = new ArrayList<>(List.of(flags));
        argv.add("current");
        argv.add("--debug");
        Cli.Result result = cli.run(argv);
        assertFalse(result.err().contains("Bad-s3cret"), result::toString);
        if (result.code() == 0) {
            return "connected: " + result.out().strip();
        }
        String first = result.errLines().get(0);
        assertTrue(first.startsWith("autogen: error: "), result::toString);
        return first.substring("autogen: error: ".length());
    }

    /** The revision in a SQLite file's version table, or "missing" when there is no such file. */
    private static String versionIn(Path db) {
        if (!Files.exists(db)) {
            return "missing";
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM autogen_version")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            return String.join(",", versions);
        } catch (java.sql.SQLException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /** A malformed file names itself and the line; the command stops before touching anything. */
    @Test
    void malformedConfigFileNamesFileAndLine() throws IOException {
        Path config = dir.resolve("autogen.properties");
        Files.writeString(
                config, "# settings\nurl=jdbc:sqlite:app.db\nentities=C:\\users\\me\\classes\nmigrations=migrations\n");
        assertEquals(
                "config file " + config + ", line 3: a \\u escape needs four hexadecimal digits (\\u00e9); write a"
                        + " backslash as \\\\ (C:\\\\work), or use / in paths",
                cli.run("upgrade").userError());
        assertFalse(Files.exists(dir.resolve("app.db")));

        Files.write(config, new byte[] {'u', 'r', 'l', '=', (byte) 0xff, '\n'});
        assertEquals(
                "config file " + config + " is not UTF-8 text; save it as UTF-8",
                cli.run("upgrade").userError());
    }

    /** The lock-wait settings of a run come from the flag, else the environment, else the file; a wrong one is one line. */
    @Test
    void ddlLockTimeoutAndRetriesFromTheFileOrTheEnvironment() throws IOException {
        Path config = dir.resolve("autogen.properties");
        Files.writeString(config, "url=jdbc:sqlite:app.db\nddl-retries=two\n");
        assertEquals(
                "'ddl-retries' in the config file must be 0 or more (a whole number), not 'two'",
                cli.run("upgrade").userError());
        Files.writeString(config, "url=jdbc:sqlite:app.db\nddl-retries=1.5\n");
        assertEquals(
                "'ddl-retries' in the config file must be a whole number of 0 or more, not '1.5'",
                cli.run("upgrade").userError());
        Files.writeString(config, "url=jdbc:sqlite:app.db\nddl-retries=2\nddl-lock-timeout=2.5\n");
        assertEquals(
                "AUTOGEN_DDL_LOCK_TIMEOUT must be 0 or more seconds, not '-1'",
                new Cli(dir)
                        .env("AUTOGEN_DDL_LOCK_TIMEOUT", "-1")
                        .run("upgrade")
                        .userError());
        cli.run("upgrade").ok();
        cli.run("upgrade", "--ddl-retries", "0").ok();
    }

    /** An unknown key is a warning naming the closest known key; the rest of the file still applies. */
    @Test
    void unknownKeysAreWarnedAboutWithTheClosestKnownOne() throws IOException {
        Path config = dir.resolve("autogen.properties");
        Files.writeString(
                config,
                "url=jdbc:sqlite:app.db\nmigrations=migrations\n  urll = jdbc:sqlite:other.db\n"
                        + "# comment=1\nuesr=a \\\n  continued=still the value\nAll-Schemas=false\nfrobnicate=1\n");
        Cli.Result result = cli.run("upgrade");
        assertEquals(0, result.code(), result::toString);
        assertEquals(
                List.of(
                        "autogen: warning: config file " + config
                                + ", line 3: unknown key 'urll' is ignored; did you mean 'url'?",
                        "autogen: warning: config file " + config
                                + ", line 5: unknown key 'uesr' is ignored; did you mean 'user'?",
                        "autogen: warning: config file " + config
                                + ", line 7: unknown key 'All-Schemas' is ignored; did you mean" + " 'all-schemas'?",
                        "autogen: warning: config file " + config
                                + ", line 8: unknown key 'frobnicate' is ignored; the keys are url,"
                                + " user, password, password-file, schema, migrations, migrations-package, source-root, entities,"
                                + " package, include, exclude, scratch, all-schemas, online, ddl-lock-timeout, ddl-retries, spring-profile, validate-on-migrate and Hibernate's hibernate.*"
                                + " and jakarta.persistence.* settings"),
                result.errLines());
        assertEquals(REV, versionIn(dir.resolve("app.db")));
    }
}
