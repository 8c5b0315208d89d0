package dev.autogen.runtime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.runtime.internal.migration.load.RuntimeClasspath;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application whose migrations were compiled by its own build (the runtime's annotation processor wrote their
 * index) applies them in a JVM without a compiler, as on a JRE: {@code --limit-modules} leaves out {@code jdk.compiler}
 * and even {@code java.compiler}. Packed as a plain jar on a class path with only the runtime, core, the SQLite module
 * and its driver, and as a Spring Boot executable jar run with {@code java -jar}.
 */
class WithoutCompilerTest {

    static final String PKG = "com.example.shop.db.migrations";
    static final String MODULES = "java.base,java.sql";

    @TempDir
    Path dir;

    /** The shop: two migrations and a main class that upgrades the database its argument names, by package. */
    private AppBuild shop() {
        return new AppBuild(dir.resolve("shop"))
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
    }

    /** The runtime's, core's and the SQLite module's jars or folders, and the SQLite driver: what the shop runs with. */
    private static List<Path> libraries() throws Exception {
        List<Path> libraries = new ArrayList<>(RuntimeClasspath.apiLocations());
        libraries.add(location(dev.autogen.databases.sqlite.SqliteDatabase.class));
        libraries.add(location(org.sqlite.JDBC.class));
        return libraries;
    }

    @Test
    void aPlainJarAppliesItsIndexedMigrationsInAJvmWithoutJdkCompiler() throws Exception {
        AppBuild build = shop();
        build.compile();
        Path jar = build.jar("shop.jar", false, Map.of());
        List<Path> classpath = new ArrayList<>(List.of(jar));
        classpath.addAll(libraries());
        String url = "jdbc:sqlite:" + dir.resolve("shop.db");
        List<String> command = List.of(
                "-cp",
                String.join(
                        File.pathSeparator,
                        classpath.stream().map(Path::toString).toList()),
                "com.example.shop.Main",
                url);

        assertAppliedOnceAndRowsSurvive(url, command);
    }

    /**
     * A Spring Boot executable jar, laid out as Boot's build plugins lay it out (the application's classes and its
     * index under {@code BOOT-INF/classes}, each library a jar stored in {@code BOOT-INF/lib}, Boot's launcher at the
     * root), run with {@code java -jar}: its class loader serves nested jars through its own URLs, and the index is
     * all the runtime needs.
     */
    @Test
    void aSpringBootFatJarRunWithJavaJarAppliesItsMigrationsWithoutJdkCompiler() throws Exception {
        AppBuild build = shop();
        Path classes = build.compile();
        Path fat = dir.resolve("shop-boot.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes()
                .put(Attributes.Name.MAIN_CLASS, "org.springframework.boot.loader.launch.JarLauncher");
        manifest.getMainAttributes().putValue("Start-Class", "com.example.shop.Main");
        manifest.getMainAttributes().putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        manifest.getMainAttributes().putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(fat), manifest)) {
            try (JarFile loader = new JarFile(location(org.springframework.boot.loader.launch.JarLauncher.class)
                    .toFile())) {
                for (JarEntry entry : java.util.Collections.list(loader.entries())) {
                    if (entry.getName().startsWith("org/")) {
                        out.putNextEntry(new JarEntry(entry.getName()));
                        if (!entry.isDirectory()) {
                            try (InputStream in = loader.getInputStream(entry)) {
                                in.transferTo(out);
                            }
                        }
                        out.closeEntry();
                    }
                }
            }
            for (String folder : List.of("BOOT-INF/", "BOOT-INF/classes/", "BOOT-INF/lib/")) {
                out.putNextEntry(new JarEntry(folder)); // Boot finds its class path through these entries
                out.closeEntry();
            }
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry("BOOT-INF/classes/"
                            + classes.relativize(p).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(p));
                    out.closeEntry();
                }
            }
            int n = 0;
            for (Path library : libraries()) {
                byte[] bytes = Files.readAllBytes(
                        Files.isDirectory(library) ? jarOf(library, dir.resolve("lib-" + n + ".jar")) : library);
                JarEntry entry = new JarEntry("BOOT-INF/lib/lib-" + n++ + ".jar");
                // Boot reads nested jars in place: they must be stored, not deflated
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                entry.setCompressedSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entry.setCrc(crc.getValue());
                out.putNextEntry(entry);
                out.write(bytes);
                out.closeEntry();
            }
        }
        String url = "jdbc:sqlite:" + dir.resolve("boot.db");

        assertAppliedOnceAndRowsSurvive(url, List.of("-jar", fat.toString(), url));
    }

    /** Runs the shop twice in a JVM without compiler: the migrations apply once, and a row added between survives. */
    private void assertAppliedOnceAndRowsSurvive(String url, List<String> command) throws Exception {
        assertEquals(
                List.of(
                        "jdk.compiler present: false",
                        "java.compiler present: false",
                        "Running upgrade  -> 9d1c0b7a2e55, create products",
                        "Running upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b, seed products"),
                run(command));
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO products (id, name) VALUES (2, 'coffee')");
        }
        assertEquals(
                List.of("jdk.compiler present: false", "java.compiler present: false"),
                run(command),
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

    /** A class folder packed as a jar (a library the reactor build handed over unpackaged). */
    private static Path jarOf(Path folder, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(folder.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        return jar;
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

    /** Runs {@code java --limit-modules MODULES <arguments>}; returns what it printed, once it exited 0. */
    private static List<String> run(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "--limit-modules", MODULES));
        command.addAll(arguments);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
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
