package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.fixtures.generators.Invoice;
import dev.autogen.cli.fixtures.generators.Item;
import dev.autogen.cli.fixtures.generators.Receipt;
import dev.autogen.cli.fixtures.generators.Ticket;
import dev.autogen.cli.fixtures.generators.Voucher;
import dev.autogen.cli.fixtures.owntables.Account;
import dev.autogen.cli.fixtures.owntables.Car;
import dev.autogen.cli.fixtures.owntables.Savings;
import dev.autogen.cli.fixtures.owntables.Vehicle;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
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
    static final String OWN_TABLES = "dev.autogen.cli.fixtures.owntables";

    @TempDir
    Path dir;

    @Test
    void theApplicationsBulkMutationTablesAreNotDrift() throws Exception {
        afterTheApplicationStarted(
                GENERATORS, List.of(Invoice.class, Item.class, Receipt.class, Ticket.class, Voucher.class), "HTE_Item");
    }

    /** Hierarchies: a numbered table for each subclass of a single table ({@code HTE_vehicle1}), id tables for joined. */
    @Test
    void hierarchiesTooAreNotDrift() throws Exception {
        afterTheApplicationStarted(
                OWN_TABLES, List.of(Vehicle.class, Car.class, Account.class, Savings.class), "HTE_vehicle1");
    }

    private void afterTheApplicationStarted(String pkg, List<Class<?>> entities, String expected) throws Exception {
        try (Db db = TestDatabases.sqlite()) {
            Cli cli = new Cli(dir);
            List<String> common = Cli.args(
                    "--url", db.url(), "--migrations", dir.resolve("migrations").toString(), Cli.entities(pkg));
            cli.run(Cli.args(common, "init", dir.resolve("migrations").toString()))
                    .ok();
            cli.run(Cli.args(common, "revision", "--autogenerate", "-m", "entities"))
                    .ok();
            cli.run(Cli.args(common, "upgrade", "head")).ok();

            // the application starts, as any application does: Hibernate's defaults
            Configuration configuration = new Configuration().setProperty("hibernate.connection.url", db.url());
            entities.forEach(configuration::addAnnotatedClass);
            try (SessionFactory ignored = configuration.buildSessionFactory()) {
                // booting is enough: the tables are created then
            }
            List<String> tables = tables(db);
            assertTrue(tables.contains(expected), "Hibernate created its bulk-mutation tables: " + tables);

            assertEquals("No changes.\n", cli.run(Cli.args(common, "diff")).ok().out());
            cli.run(Cli.args(common, "check")).ok();
            cli.run(Cli.args(common, "check", "--no-scratch")).ok();
        }
    }

    private static List<String> tables(Db db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
