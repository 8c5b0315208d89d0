package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code mysql://} or {@code jdbc:mysql:} URL that leads to a MariaDB server (hosting platforms name MariaDB
 * {@code mysql://}; the bundled MariaDB driver serves both) is compared and migrated as MariaDB, as the application's
 * Hibernate detects it from the server: right after Autogen's own migration, {@code check} finds nothing.
 */
class MySqlSchemeOnMariaDbTest {

    static final String SHOP = "dev.autogen.cli.fixtures.shop";

    @TempDir
    Path dir;

    @Test
    void aMySqlUrlToAMariaDbServerIsMariaDb() throws Exception {
        try (Db db = TestDatabases.mariadb()) {
            assertTrue(db.url().startsWith("jdbc:mariadb:"), db.url());
            String url = "jdbc:mysql:" + db.url().substring("jdbc:mariadb:".length()) + "&permitMysqlScheme";
            Cli cli = new Cli(dir);
            List<String> common = Cli.args(
                    "--url", url, "--migrations", dir.resolve("migrations").toString(), Cli.entities(SHOP));
            cli.run(Cli.args(common, "init", dir.resolve("migrations").toString()))
                    .ok();
            cli.run(Cli.args(common, "revision", "--autogenerate", "-m", "shop"))
                    .ok();
            cli.run(Cli.args(common, "upgrade", "head")).ok();

            assertEquals("No changes.\n", cli.run(Cli.args(common, "diff")).ok().out());
            cli.run(Cli.args(common, "check")).ok();
        }
    }
}
