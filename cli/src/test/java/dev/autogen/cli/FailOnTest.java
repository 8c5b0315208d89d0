package dev.autogen.cli;

import static dev.autogen.cli.Cli.args;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --fail-on CLASS} exits 1 only when a change of that class or a worse one exists (safe, then
 * data-dependent, then destructive); plain {@code check} exits 1 on any change. One entity change per class against
 * a database with a {@code customer(id, name, email)} table.
 */
class FailOnTest {

    static String customer(String fields) {
        return """
                package guard;
                import jakarta.persistence.*;
                @Entity @Table(name = "customer")
                public class Customer {
                    @Id Long id;
                    @Column(name = "name", length = 100) String name;
                %s}
                """.formatted(fields);
    }

    static final String EMAIL = "    @Column(name = \"email\", length = 200) String email;\n";

    @TempDir
    Path dir;

    private Cli cli;
    private TestDatabases.Db db;

    @BeforeEach
    void atTheFirstVersion() throws Exception {
        db = TestDatabases.sqlite();
        cli = new Cli(dir).env("AUTOGEN_URL", db.url());
        cli.run("init").ok();
        cli.run(args(entities("v1", EMAIL), "-m", "v1")).ok();
        cli.run("upgrade").ok();
    }

    private List<String> entities(String version, String fields) throws Exception {
        Path classes = JavaSources.compile(dir.resolve(version), Map.of("guard/Customer.java", customer(fields)));
        return List.of("--entities", classes.toString(), "--package", "guard");
    }

    /** The exit codes of check, and check --fail-on any, data-dependent, destructive. */
    private List<Integer> exits(List<String> entities) {
        return List.of(
                cli.run(args(entities, "check")).code(),
                cli.run(args(entities, "check", "--fail-on", "any")).code(),
                cli.run(args(entities, "check", "--fail-on", "data-dependent")).code(),
                cli.run(args(entities, "check", "--fail-on", "destructive")).code());
    }

    @Test
    void aSafeChangeFailsOnlyAPlainCheckOrAny() throws Exception {
        List<String> safe = entities("safe", EMAIL + "    @Column(name = \"phone\", length = 30) String phone;\n");
        assertEquals(List.of(1, 1, 0, 0), exits(safe));
        assertEquals(
                """
                Drift: 1 change(s) between the entities and the database:
                  + add column customer.phone VARCHAR(30)
                Run 'autogen revision --autogenerate -m "..."' to write a migration for them.
                Passing: no change is data-dependent or destructive (--fail-on data-dependent).
                """,
                cli.run(args(safe, "check", "--fail-on", "data-dependent")).ok().out());
        assertEquals(
                "{\"operations\":[{\"op\":\"add_column\",\"table\":\"customer\",\"safety\":\"safe\",\"column\":\"phone\","
                        + "\"type\":\"VARCHAR(30)\",\"nullable\":true,\"default\":null}],\"destructive\":false}\n",
                cli.run(args(safe, "diff", "--format", "json")).ok().plan());
    }

    @Test
    void aDataDependentChangeFailsDataDependentButNotDestructive() throws Exception {
        List<String> notNull = entities("not-null", EMAIL.replace("length = 200", "length = 200, nullable = false"));
        assertEquals(List.of(1, 1, 1, 0), exits(notNull));
        Cli.Result check = cli.run(args(notNull, "check", "--fail-on", "data-dependent"));
        assertEquals("""
                Drift: 1 change(s) between the entities and the database, some of which can lose data:
                  ~ alter column customer.email: NULL -> NOT NULL   [data-dependent]
                Run 'autogen revision --autogenerate -m "..."' to write a migration for them.
                Failing: 1 change(s) are data-dependent or destructive (--fail-on data-dependent).
                """, check.out());
        assertEquals(
                """
                Drift: 1 change(s) between the entities and the database, some of which can lose data:
                  ~ alter column customer.email: NULL -> NOT NULL   [data-dependent]
                Run 'autogen revision --autogenerate -m "..."' to write a migration for them.
                Passing: no change is destructive (--fail-on destructive).
                """,
                cli.run(args(notNull, "check", "--fail-on", "destructive")).ok().out());
    }

    @Test
    void aDestructiveChangeFailsEveryCheck() throws Exception {
        List<String> dropped = entities("dropped", "");
        assertEquals(List.of(1, 1, 1, 1), exits(dropped));
        Cli.Result check = cli.run(args(dropped, "check", "--fail-on", "destructive"));
        assertEquals("""
                Drift: 1 change(s) between the entities and the database, some of which can lose data:
                  - drop column customer.email   [destructive]
                Run 'autogen revision --autogenerate -m "..."' to write a migration for them.
                Failing: 1 change(s) are destructive (--fail-on destructive).
                """, check.out());
        assertEquals(
                "{\"operations\":[{\"op\":\"drop_column\",\"table\":\"customer\",\"safety\":\"destructive\",\"column\":\"email\","
                        + "\"type\":\"VARCHAR(200)\",\"nullable\":true,\"default\":null}],\"destructive\":true}\n",
                cli.run(args(dropped, "diff", "--format", "json")).ok().plan());
    }

    @Test
    void noDriftPassesWhateverTheClassAndABadClassIsAUsageError() throws Exception {
        List<String> same = entities("same", EMAIL);
        assertEquals(List.of(0, 0, 0, 0), exits(same));
        assertEquals(
                "Invalid value for option '--fail-on': expected destructive, data-dependent or any but was 'drops'"
                        + " (see 'autogen check --help')",
                cli.run(args(same, "check", "--fail-on", "drops")).userError());
    }

    @org.junit.jupiter.api.AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }
}
