package dev.autogen.cli.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated migrations use only the public {@code Types}/{@code Schema} API, from the entities (an enum by name, a
 * double, Hibernate's sequence table where the database has no sequences) and from what the database reports (the
 * downgrade of dropping that table recreates it from the live schema): no {@code raw(...)} for a type that has a
 * portable name, no {@code dev.autogen.core.model} class. An enum by name is {@code ENUM("NEW", "DONE")} wherever the
 * database has enum types, and reads back as the same type, so that the schema is clean after each step.
 */
class PortableOutputTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb", "h2", "sqlite"})
    void migrationsUseOnlyPortableTypes(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            Path migrations = dir.resolve("migrations");
            assertEquals(0, cli(db, null, "init", migrations.toString()).code);
            for (int v = 1; v <= 2; v++) {
                Path entities =
                        VersionedSources.compile("portable", List.of("Item", "Other"), v, dir.resolve("classes-v" + v));
                Run revision = cli(db, entities, "revision", "--autogenerate", "-m", "v" + v);
                assertEquals(0, revision.code, revision.err);
                Run upgrade = cli(db, entities, "upgrade", "head");
                assertEquals(0, upgrade.code, upgrade.out + upgrade.err);
                Run check = cli(db, entities, "check");
                assertEquals(0, check.code, "check after v" + v + " on " + kind + ":\n" + check.out + check.err);
            }
            List<String> sources = new ArrayList<>();
            try (Stream<Path> files = Files.list(migrations.resolve("versions"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                        .sorted()
                        .toList()) {
                    sources.add(Files.readString(file));
                }
            }
            String all = String.join("\n", sources);
            assertFalse(all.contains("raw("), kind + ":\n" + all);
            assertFalse(all.contains("dev.autogen.core.model"), kind + ":\n" + all);
            if (kind.equals("mariadb") || kind.equals("h2")) {
                // in the constants' ordinal order from the entities, as the database lists them (sorted) from the
                // schema
                assertTrue(
                        all.contains("ENUM(\"NEW\", \"DONE\")") && all.contains("ENUM(\"DONE\", \"NEW\")"),
                        kind + ":\n" + all);
            }
            assertEquals(0, cli(db, null, "downgrade", "base").code, "downgrade on " + kind);
        }
    }

    record Run(int code, String out, String err) {}

    private Run cli(Db db, Path entities, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--url", db.url(), "--migrations", dir.resolve("migrations").toString()));
        if (entities != null) {
            all.addAll(List.of("--entities", entities.toString(), "--package", "model"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
