package dev.autogen.runtime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.runtime.internal.migration.load.RuntimeClasspath;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application jar whose migrations were compiled by its own build (the runtime's annotation processor wrote their
 * index) applies them in a JVM without a compiler, as on a JRE: {@code --limit-modules} leaves out {@code jdk.compiler}
 * and even {@code java.compiler}, and the class path holds only the application jar, the runtime, core, the SQLite
 * module and its driver.
 */
class WithoutCompilerTest {

    static final String PKG = "com.example.shop.db.migrations";
    static final String MODULES = "java.base,java.sql";

    @TempDir
    Path dir;

    @Test
    void aPlainJarAppliesItsIndexedMigrationsInAJvmWithoutJdkCompiler() throws Exception {
        Path driver = location(org.sqlite.JDBC.class);
        AppBuild build = new AppBuild(dir.resolve("shop"))
                .migration(PKG, "9d1c0b7a2e55", null, "create products", """
                        op.createTable("products", column("id", BIGINT).notNull(),
                                column("name", VARCHAR(100)).notNull(), primaryKey("id"));""", "op.dropTable(\"products\");")
                .migration(
                        PKG,
                        "3f2a9c1d7e4b",
                        "9d1c0b7a2e55",
                        "seed products",
                        "op.execute(\"INSERT INTO products (id, name) VALUES (1, 'tea')\");",
                        "op.execute(\"DELETE FROM products\");")
                .source("com/example/shop/Main.java", """
                        package com.example.shop;

                        import dev.autogen.runtime.Autogen;

                        public final class Main {
                            public static void main(String[] args) {
                                System.out.println("jdk.compiler present: "
                                        + ModuleLayer.boot().findModule("jdk.compiler").isPresent());
                                System.out.println("java.compiler present: "
                                        + ModuleLayer.boot().findModule("java.compiler").isPresent());
                                Autogen.configure(args[0])
                                        .migrations("com.example.shop.db.migrations")
                                        .onStep(System.out::println)
                                        .upgrade("head");
                            }
                        }
                        """);
        build.compile();
        Path jar = build.jar("shop.jar", false, Map.of());
        List<Path> classpath = new ArrayList<>(List.of(jar));
        classpath.addAll(RuntimeClasspath.apiLocations());
        classpath.add(location(dev.autogen.databases.sqlite.SqliteDatabase.class));
        classpath.add(driver);
        String url = "jdbc:sqlite:" + dir.resolve("shop.db");

        assertEquals(
                List.of(
                        "jdk.compiler present: false",
                        "java.compiler present: false",
                        "Running upgrade  -> 9d1c0b7a2e55, create products",
                        "Running upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b, seed products"),
                run(classpath, url));
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO products (id, name) VALUES (2, 'coffee')");
        }
        assertEquals(
                List.of("jdk.compiler present: false", "java.compiler present: false"),
                run(classpath, url),
                "already at head: nothing runs again");

        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, name FROM products ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getLong(1) + " " + rs.getString(2));
                }
            }
            assertEquals(List.of("1 tea", "2 coffee"), rows);
            try (ResultSet rs = s.executeQuery("SELECT version_num FROM autogen_version")) {
                assertTrue(rs.next());
                assertEquals("3f2a9c1d7e4b", rs.getString(1));
                assertFalse(rs.next());
            }
        }
    }

    /** The JVM itself, with only {@link #MODULES}: no javac, not even the {@code javax.tools} API. */
    @Test
    void theLimitedJvmHasNoCompiler() throws Exception {
        Path probe = Files.createDirectories(dir.resolve("probe"));
        Files.writeString(probe.resolve("Probe.java"), """
                public class Probe {
                    public static void main(String[] args) {
                        System.out.println(ModuleLayer.boot().findModule("jdk.compiler").isPresent());
                    }
                }
                """);
        // a single source file needs the compiler to run: the launcher refuses it without jdk.compiler
        Process p = new ProcessBuilder(
                        java(),
                        "--limit-modules",
                        MODULES,
                        probe.resolve("Probe.java").toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.exitValue() != 0, out);
        assertTrue(out.contains("jdk.compiler"), out);
    }

    private List<String> run(List<Path> classpath, String url) throws Exception {
        Process p = new ProcessBuilder(
                        java(),
                        "--limit-modules",
                        MODULES,
                        "-cp",
                        String.join(
                                File.pathSeparator,
                                classpath.stream().map(Path::toString).toList()),
                        "com.example.shop.Main",
                        url)
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the application hangs");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
