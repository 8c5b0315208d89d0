package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.fixtures.generators.Invoice;
import dev.autogen.cli.fixtures.generators.Item;
import dev.autogen.cli.fixtures.generators.Receipt;
import dev.autogen.cli.fixtures.generators.Ticket;
import dev.autogen.cli.fixtures.generators.Voucher;
import dev.autogen.runtime.testing.TestDatabases;
import dev.autogen.runtime.testing.TestDatabases.Db;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's own Hibernate, booted with its default settings on SQLite, creates a table for bulk updates and deletes
 * of each entity whose ids come from a generator ({@code HTE_Item}, Hibernate's persistent mutation strategy). Those tables are Hibernate's,
 * not the entities' schema: {@code check} right after the application ran stays clean, and no migration drops them.
 */
class HibernateOwnTablesTest {

    static final String GENERATORS = "dev.autogen.cli.fixtures.generators";

    @TempDir
    Path dir;

    @Test
    void theApplicationsBulkMutationTablesAreNotDrift() throws Exception {
        try (Db db = TestDatabases.sqlite()) {
            Cli cli = new Cli(dir);
            List<String> common = Cli.args("--url", db.url(), "--migrations", dir.resolve("migrations").toString(),
                    Cli.entities(GENERATORS));
            cli.run(Cli.args(common, "init", dir.resolve("migrations").toString())).ok();
            cli.run(Cli.args(common, "revision", "--autogenerate", "-m", "generators")).ok();
            cli.run(Cli.args(common, "upgrade", "head")).ok();

            // the application starts, as any application does: Hibernate's defaults
            Configuration configuration = new Configuration().setProperty("hibernate.connection.url", db.url())
                    .addAnnotatedClass(Invoice.class).addAnnotatedClass(Item.class).addAnnotatedClass(Receipt.class)
                    .addAnnotatedClass(Ticket.class).addAnnotatedClass(Voucher.class);
            try (SessionFactory ignored = configuration.buildSessionFactory()) {
                // booting is enough: the tables are created then
            }
            List<String> tables = tables(db);
            assertTrue(tables.contains("HTE_Item"), "Hibernate created its bulk-mutation tables: " + tables);

            assertEquals("No changes.\n", cli.run(Cli.args(common, "diff")).ok().out());
            cli.run(Cli.args(common, "check")).ok();
            cli.run(Cli.args(common, "check", "--no-scratch")).ok();
        }
    }

    private static List<String> tables(Db db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
