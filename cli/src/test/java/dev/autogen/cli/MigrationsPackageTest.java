package dev.autogen.cli;

import static dev.autogen.cli.Cli.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --migrations-package}: revisions written as sources of the application under {@code --source-root}, and the
 * other commands reading and running them from that folder (compiled in-process, as a versions folder is).
 */
class MigrationsPackageTest {

    private static final String PKG = "com.example.shop.db.migrations";
    private static final String FIRST = "a1b2c3d4e5f6";

    @TempDir
    Path dir;

    @Test
    void revisionWritesIntoThePackageAndTheOtherCommandsReadItThere() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            Cli cli = new Cli(dir).env("AUTOGEN_URL", db.url());
            List<String> pkg = List.of("--migrations-package", PKG);

            assertEquals(
                    "no migrations in package " + PKG + " (no folder "
                            + dir.resolve("src/main/java/com/example/shop/db/migrations")
                            + "); write the first with 'autogen revision', or fix --migrations-package or --source-root",
                    cli.run(args("history", pkg)).userError());

            Path first = dir.resolve("src/main/java/com/example/shop/db/migrations/CreateShop_" + FIRST + ".java");
            assertEquals(
                    first + "\n",
                    cli.run(args(
                                    "revision",
                                    "--autogenerate",
                                    "-m",
                                    "create shop",
                                    "--rev-id",
                                    FIRST,
                                    pkg,
                                    Cli.entities(Cli.SHOP)))
                            .ok()
                            .out());
            assertTrue(Files.readString(first).startsWith("package " + PKG + ";\n"));
            assertEquals(
                    "<base> -> " + FIRST + " (head), create shop\n",
                    cli.run(args("history", pkg)).ok().out());
            assertEquals(
                    "Running upgrade  -> " + FIRST + ", create shop\n",
                    cli.run(args("upgrade", "head", pkg)).ok().out());
            assertFalse(
                    Files.exists(dir.resolve("src/main/java/com/example/shop/db/.autogen")),
                    "no work folder in the sources");
            assertFalse(Files.exists(dir.resolve("migrations")), "no migrations folder either");
        }
    }

    @Test
    void theConfigFileNamesThePackageAndASourceRootNextToIt() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            Path app = Files.createDirectories(dir.resolve("app"));
            Files.writeString(
                    app.resolve("autogen.properties"), "migrations-package=" + PKG + "\nsource-root=src/java\n");
            Cli cli = new Cli(dir).env("AUTOGEN_URL", db.url());
            assertEquals(
                    app.resolve("src/java/com/example/shop/db/migrations/Empty_" + FIRST + ".java") + "\n",
                    cli.run("--config", "app/autogen.properties", "revision", "-m", "empty", "--rev-id", FIRST)
                            .ok()
                            .out());
            assertEquals(
                    "'com.example..db' is not a Java package name; give --migrations-package the package the"
                            + " migrations are compiled into, for example com.example.app.db.migrations",
                    cli.run("--migrations-package", "com.example..db", "history")
                            .userError());
        }
    }
}
