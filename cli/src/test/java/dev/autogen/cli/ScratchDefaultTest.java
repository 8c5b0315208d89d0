package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the scratch comparison is the default (SQLite, H2), entities that name a schema of their own
 * ({@code @Table(schema = "billing")}), which a scratch space cannot hold, are compared offline, as with
 * {@code --no-scratch}; asking for {@code --scratch} explicitly still says why it cannot be done.
 */
class ScratchDefaultTest {

    static final String BILLING = "dev.autogen.cli.fixtures.billing";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2"})
    void entitiesWithTheirOwnSchemaAreComparedOfflineByDefault(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            Cli cli = new Cli(dir);
            List<String> common = Cli.args(
                    "--url", db.url(), "--migrations", dir.resolve("migrations").toString(), Cli.entities(BILLING));
            String offline =
                    cli.run(Cli.args(common, "diff", "--no-scratch")).ok().out();
            assertTrue(offline.toLowerCase(java.util.Locale.ROOT).contains("add table bill"), offline);
            assertEquals(
                    offline,
                    cli.run(Cli.args(common, "diff")).ok().out(),
                    "the default path gives --no-scratch's plan");

            cli.run(Cli.args(common, "init", dir.resolve("migrations").toString()))
                    .ok();
            cli.run(Cli.args(common, "revision", "--autogenerate", "-m", "billing"))
                    .ok();
            cli.run(Cli.args(common, "upgrade", "head")).ok();
            assertEquals("No changes.\n", cli.run(Cli.args(common, "diff")).ok().out());
            assertEquals(0, cli.run(Cli.args(common, "check")).code());

            String refused = cli.run(Cli.args(common, "diff", "--scratch")).userError();
            assertTrue(refused.contains("--no-scratch"), refused);
        }
    }

    /**
     * Hibernate's own DDL for H2 writes a comment with an apostrophe unescaped, so the scratch copy (the default on H2)
     * cannot be made: the error says how to compare anyway, and the offline comparison gets the comment right.
     */
    @org.junit.jupiter.api.Test
    void aScratchCopyThatHibernatesDdlCannotMakeNamesTheWayOut() throws Exception {
        try (Db db = TestDatabases.h2()) {
            Cli cli = new Cli(dir);
            List<String> common = Cli.args(
                    "--url",
                    db.url(),
                    "--migrations",
                    dir.resolve("migrations").toString(),
                    Cli.entities("dev.autogen.cli.fixtures.apostrophe"));
            String refused = cli.run(Cli.args(common, "diff")).userError();
            assertTrue(refused.contains("Hibernate's DDL failed in the scratch space"), refused);
            assertTrue(refused.contains("--no-scratch"), refused);

            cli.run(Cli.args(common, "init", dir.resolve("migrations").toString()))
                    .ok();
            cli.run(Cli.args(common, "revision", "--autogenerate", "-m", "memo", "--no-scratch"))
                    .ok();
            cli.run(Cli.args(common, "upgrade", "head")).ok();
            assertEquals(
                    "No changes.\n",
                    cli.run(Cli.args(common, "diff", "--no-scratch")).ok().out());
        }
    }
}
