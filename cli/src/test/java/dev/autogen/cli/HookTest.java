package dev.autogen.cli;

import static dev.autogen.cli.Cli.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Project hooks ({@code dev.autogen.diff.hook.AutogenHook}), compiled here as a project would compile them and found
 * through {@code META-INF/services} among the classes {@code --entities} points at.
 */
class HookTest {

    static final String SERVICE = "META-INF/services/dev.autogen.diff.hook.AutogenHook";

    static final String VETO = """
            package hooks;

            import dev.autogen.diff.hook.AutogenHook;

            /** Tables another tool owns: never read from the database, never compared. */
            public class VetoLegacy implements AutogenHook {
                @Override
                public boolean includeTable(String name, boolean reflected) {
                    return !(reflected && name.startsWith("legacy_"));
                }
            }
            """;

    static final String REWRITER = """
            package hooks;

            import dev.autogen.core.model.Column;
            import dev.autogen.core.model.ColumnType;
            import dev.autogen.core.model.TypeKind;
            import dev.autogen.core.ops.AddColumnOp;
            import dev.autogen.core.ops.DropTableOp;
            import dev.autogen.core.ops.MigrationPlan;
            import dev.autogen.core.ops.Operation;
            import dev.autogen.diff.hook.AutogenHook;
            import java.util.ArrayList;
            import java.util.List;

            /** Never drops a table; adds an audit column to every plan that changes something. */
            public class Rewriter implements AutogenHook {
                @Override
                public boolean includeOperation(Operation op) {
                    return !(op instanceof DropTableOp);
                }

                @Override
                public MigrationPlan process(MigrationPlan plan) {
                    if (plan.isEmpty()) {
                        return plan;
                    }
                    List<Operation> ops = new ArrayList<>(plan.operations());
                    ops.add(new AddColumnOp("customer",
                            new Column("audit_note", ColumnType.withLength(TypeKind.VARCHAR, 50), true, null, false)));
                    return new MigrationPlan(ops);
                }
            }
            """;

    static final String BOOM = """
            package hooks;

            import dev.autogen.diff.hook.AutogenHook;

            public class Boom implements AutogenHook {
                @Override
                public boolean includeTable(String name, boolean reflected) {
                    throw new IllegalStateException("no tables today");
                }
            }
            """;

    @TempDir
    Path dir;

    private List<String> entitiesWith(String pkg, Path hooks) {
        return List.of("--entities", Cli.testClasses() + File.pathSeparator + hooks, "--package", pkg);
    }

    private Path hook(String name, String className, String source) throws Exception {
        return JavaSources.compile(
                dir.resolve(name),
                Map.of("hooks/" + className + ".java", source, SERVICE, "hooks." + className + "\n"));
    }

    private Cli shop(TestDatabases.Db db) {
        Cli cli = new Cli(dir).env("AUTOGEN_URL", db.url());
        cli.run("init").ok();
        cli.run(args(Cli.entities(Cli.SHOP), "-m", "create shop")).ok();
        cli.run("upgrade").ok();
        return cli;
    }

    @Test
    void aHookVetoesATable() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            Cli cli = shop(db);
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE legacy_orders (id INTEGER PRIMARY KEY)");
            }
            Cli.Result without = cli.run(args(Cli.entities(Cli.SHOP), "check"));
            assertEquals(1, without.code(), without::toString);
            assertTrue(without.out().contains("- drop table legacy_orders   [destructive]"), without::toString);

            Path veto = hook("veto", "VetoLegacy", VETO);
            assertEquals(
                    "No changes: the database matches the entities.\n",
                    cli.run(args(entitiesWith(Cli.SHOP, veto), "check")).ok().out());
            assertEquals(
                    "No changes.\n",
                    cli.run(args(entitiesWith(Cli.SHOP, veto), "diff")).ok().out());
        }
    }

    @Test
    void aHookRewritesThePlanBeforeTheFileIsWritten() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            Cli cli = shop(db);
            Path rewriter = hook("rewriter", "Rewriter", REWRITER);
            List<String> v2 = entitiesWith(Cli.SHOP_V2, rewriter);

            assertEquals("""
                    + add column customer.phone VARCHAR(30)
                    + add column customer.audit_note VARCHAR(50)
                    """, cli.run(args(v2, "diff")).ok().out());

            Path written = Path.of(cli.run(args(v2, "revision", "--autogenerate", "-m", "v2"))
                    .ok()
                    .out()
                    .strip());
            String source = Files.readString(written);
            assertTrue(source.contains("""
                            op.addColumn("customer", column("phone", VARCHAR(30)));
                            op.addColumn("customer", column("audit_note", VARCHAR(50)));
                    """), source);
            assertFalse(source.contains("dropTable(\"purchase\")"), source);

            cli.run("upgrade").ok();
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.executeQuery("SELECT audit_note, phone FROM customer").close();
                s.executeQuery("SELECT COUNT(*) FROM purchase").close();
            }
            // without the hook, the purchase table that the hook kept is drift (and audit_note is not an entity column)
            Cli.Result check = cli.run(args(Cli.entities(Cli.SHOP_V2), "check"));
            assertEquals(1, check.code(), check::toString);
            assertTrue(
                    check.out().contains("- drop column customer.audit_note")
                            && check.out().contains("- drop table purchase"),
                    check::toString);
        }
    }

    @Test
    void aFailingOrMissingHookIsAnError() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            Cli cli = shop(db);
            Path boom = hook("boom", "Boom", BOOM);
            assertEquals(
                    "hook hooks.Boom.includeTable failed: IllegalStateException no tables today",
                    cli.run(args(entitiesWith(Cli.SHOP, boom), "check")).userError());

            Path missing = JavaSources.compile(dir.resolve("missing"), Map.of(SERVICE, "hooks.Missing\n"));
            String error =
                    cli.run(args(entitiesWith(Cli.SHOP, missing), "check")).userError();
            assertTrue(
                    error.startsWith("cannot load an Autogen hook listed in " + SERVICE + ": ")
                            && error.contains("hooks.Missing"),
                    error);
        }
    }
}
