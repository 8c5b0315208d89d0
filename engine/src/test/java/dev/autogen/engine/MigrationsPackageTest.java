package dev.autogen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.engine.fixtures.v1.Customer;
import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.internal.migration.load.RuntimeClasspath;
import dev.autogen.testing.TestDatabases;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revisions written as sources of the application ({@link Autogenerate.Builder#migrationsPackage}): into the package's
 * folder under the source root, with a package line, the history read back from that folder; compiled as the
 * application's build would (the runtime's annotation processor indexing them) and applied by package with
 * {@link Autogen}.
 */
class MigrationsPackageTest {

    private static final String PKG = "com.example.shop.db.migrations";
    private static final String FIRST = "a1b2c3d4e5f6";
    private static final String SECOND = "0f1e2d3c4b5a";

    @TempDir
    Path dir;

    private Autogenerate engine(String url, String entities) throws Exception {
        return Autogenerate.builder()
                .database(DatabaseConnector.of(url))
                .entities(List.of(Path.of(Customer.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())))
                .packages(List.of(entities))
                .migrationsPackage(dir.resolve("src/main/java"), PKG)
                .build();
    }

    @Test
    void revisionsAreSourcesOfTheApplicationAndRunFromItsIndex() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            Path folder = dir.resolve("src/main/java/com/example/shop/db/migrations");

            WrittenRevision first = engine(db.url(), "dev.autogen.engine.fixtures.v1")
                    .writeRevision(RevisionRequest.autogenerate("create shop").withRevId(FIRST));

            assertEquals(folder.resolve("CreateShop_" + FIRST + ".java"), first.file());
            assertTrue(Files.readString(first.file()).startsWith("package " + PKG + ";\n\nimport "));
            assertEquals(
                    1,
                    Autogen.configure(db.url())
                            .classLoader(compile())
                            .migrations(PKG)
                            .upgrade("head")
                            .size());
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO customer (name, email) VALUES ('Ada', 'ada@example.com')");
            }

            // the history is read from the package folder: the next revision builds on the first
            WrittenRevision second = engine(db.url(), "dev.autogen.engine.fixtures.v2")
                    .writeRevision(
                            RevisionRequest.autogenerate("phones, no purchases").withRevId(SECOND));
            assertEquals(folder.resolve("PhonesNoPurchases_" + SECOND + ".java"), second.file());
            assertTrue(Files.readString(second.file()).contains("revises = {\"" + FIRST + "\"}"));
            Files.writeString(
                    folder.resolve("package-info.java"), "/** The shop's migrations. */\npackage " + PKG + ";\n");

            Autogen autogen = Autogen.configure(db.url()).classLoader(compile()).migrations(PKG);
            assertEquals(1, autogen.upgrade("head").size());
            assertEquals(List.of(SECOND), autogen.current());
            try (Connection c = db.connect();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT name, phone FROM customer")) {
                assertTrue(rs.next());
                assertEquals("Ada", rs.getString(1));
            }
            assertTrue(
                    engine(db.url(), "dev.autogen.engine.fixtures.v2").check().matches());

            // nothing but the sources and what the test compiled: no versions folder, no work folder in the project
            try (Stream<Path> files = Files.walk(dir.resolve("src"))) {
                assertEquals(
                        List.of(
                                "CreateShop_" + FIRST + ".java",
                                "PhonesNoPurchases_" + SECOND + ".java",
                                "package-info.java"),
                        files.filter(Files::isRegularFile)
                                .map(p -> p.getFileName().toString())
                                .sorted()
                                .toList());
            }
        }
    }

    @Test
    void aMigrationsPackageMustBeAJavaPackageName() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Autogenerate.builder().migrationsPackage(dir.resolve("src/main/java"), "com.example..db"));
    }

    /** Compiles the source root as the application's build would, into a fresh folder, and loads it. */
    private URLClassLoader compile() throws IOException {
        Path classes = Files.createTempDirectory(dir, "classes");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(dir.resolve("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            fm.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            fm.setLocationFromPaths(StandardLocation.CLASS_PATH, new ArrayList<>(RuntimeClasspath.apiLocations()));
            boolean ok = javac.getTask(
                            null,
                            fm,
                            diagnostics,
                            List.of("--release", "17"),
                            null,
                            fm.getJavaFileObjectsFromPaths(sources))
                    .call();
            assertTrue(ok, diagnostics.getDiagnostics()::toString);
        }
        assertTrue(Files.exists(classes.resolve("META-INF/autogen/migrations")), "the index was written");
        return new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    }
}
