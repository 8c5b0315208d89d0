package dev.autogen.runtime.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.internal.migration.MigrationStep;
import dev.autogen.runtime.internal.migration.error.InvalidMigrationException;
import dev.autogen.runtime.internal.migration.error.MigrationLoadException;
import dev.autogen.runtime.internal.migration.load.RuntimeClasspath;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.File;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Autogen} from plain Java: migrations compiled into an application's folders and jars, found by package; the
 * README's startup class, run in separate JVMs that have only the runtime and a JDBC driver on their class path.
 */
class AutogenTest {

    static final String PKG = "com.example.app.migrations";
    static final String R1 = "9d1c0b7a2e55";
    static final String R2 = "3f2a9c1d7e4b";

    @TempDir
    Path dir;

    /** An application with two migrations in {@link #PKG} and a helper class next to them. */
    private AppBuild app() {
        return new AppBuild(dir.resolve("app"))
                .migration(PKG, R1, null, "create chats", """
                        op.createTable("chats", column("id", BIGINT).notNull().identity(), primaryKey("id"));""", "op.dropTable(\"chats\");")
                .migration(PKG, R2, R1, "add messages", """
                        op.createTable("messages", column("id", BIGINT).notNull().identity(),
                                column("chat_id", BIGINT).notNull(), primaryKey("id"),
                                foreignKey("fk_messages_chat", "chat_id").references("chats", "id"));""", "op.dropTable(\"messages\");")
                .source(PKG.replace('.', '/') + "/Sql.java", "package " + PKG + ";\nfinal class Sql {}\n");
    }

    private static URLClassLoader loader(Path... entries) throws Exception {
        URL[] urls = new URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            urls[i] = entries[i].toUri().toURL();
        }
        return new URLClassLoader(urls, Autogen.class.getClassLoader());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void migrationsCompiledIntoTheApplicationAreFoundByPackage(String kind) throws Exception {
        Path classes = app().compile();
        try (Db db = TestDatabases.of(kind);
                URLClassLoader loader = loader(classes)) {
            List<String> lines = new ArrayList<>();
            Autogen autogen = Autogen.configure(db.url())
                    .classLoader(loader)
                    .migrations(PKG)
                    .onStep(lines::add);

            List<MigrationStep> steps = autogen.upgrade("head");

            assertEquals(
                    List.of(
                            "Running upgrade  -> 9d1c0b7a2e55, create chats",
                            "Running upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b, add messages"),
                    lines);
            assertEquals(2, steps.size());
            assertEquals(List.of(R2), autogen.current());
            assertEquals(List.of(), autogen.upgrade("head"), "already at head");
            assertEquals(
                    List.of("package " + PKG),
                    autogen.migrator().graph().nodes().stream()
                            .map(n -> n.origin().startsWith(PKG + ".M_") ? "package " + PKG : n.origin())
                            .distinct()
                            .toList());
            assertEquals(2, autogen.downgrade("base").size());
            assertEquals(List.of(), autogen.current());
        }
    }

    @Test
    void aJarIsReadThroughItsIndexWithOrWithoutFolderEntriesAndNeverScanned() throws Exception {
        Path classes = app().compile();
        assertEquals(
                List.of(PKG + ".M_" + R2 + " # " + R2, PKG + ".M_" + R1 + " # " + R1).stream()
                        .sorted()
                        .toList(),
                Files.readAllLines(classes.resolve("META-INF/autogen/migrations")).stream()
                        .filter(l -> !l.startsWith("#"))
                        .toList(),
                "the runtime's annotation processor ran in the application's compile");
        AppBuild build = new AppBuild(dir.resolve("app"));
        Path listed = build.jar("listed.jar", true, Map.of());
        Path unlisted = build.jar("unlisted.jar", false, Map.of());
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        try (URLClassLoader loader = loader(listed)) {
            assertEquals(
                    2,
                    Autogen.configure(url)
                            .classLoader(loader)
                            .migrations(PKG)
                            .upgrade("head")
                            .size());
        }
        try (URLClassLoader loader = loader(unlisted)) {
            assertEquals(
                    2,
                    Autogen.configure(url)
                            .classLoader(loader)
                            .migrations(PKG)
                            .downgrade("base")
                            .size());
        }

        // the same classes compiled with annotation processing off: a folder full of migrations, but no index
        Path unindexed = app().withoutProcessors().compile();
        Files.delete(unindexed.resolve("META-INF/autogen/migrations"));
        AppBuild plain = new AppBuild(dir.resolve("app"));
        for (Path noIndex : List.of(unindexed, plain.jar("plain.jar", true, Map.of()))) {
            try (URLClassLoader loader = loader(noIndex)) {
                MigrationLoadException e = assertThrows(
                        MigrationLoadException.class,
                        () -> Autogen.configure(url)
                                .classLoader(loader)
                                .migrations(PKG)
                                .upgrade("head"));
                assertEquals(
                        "No migration of package com.example.app.migrations is listed in a META-INF/autogen/migrations"
                                + " resource on the class path: check the package name, and compile the migrations with"
                                + " autogen-runtime on the compile class path so that its annotation processor writes"
                                + " META-INF/autogen/migrations",
                        e.getMessage());
            }
        }
        Path handIndexed = plain.jar(
                "hand-indexed.jar",
                false,
                Map.of(
                        "META-INF/autogen/migrations",
                        "# migrations of the app\n" + PKG + ".M_" + R2 + "\n" + PKG + ".M_" + R1
                                + "  # the first\n\n"));
        try (URLClassLoader loader = loader(handIndexed)) {
            assertEquals(
                    2,
                    Autogen.configure(url)
                            .classLoader(loader)
                            .migrations(PKG)
                            .upgrade("head")
                            .size());
        }
        Path stale = plain.jar("stale.jar", false, Map.of("META-INF/autogen/migrations", PKG + ".M_gone\n"));
        try (URLClassLoader loader = loader(stale)) {
            MigrationLoadException e = assertThrows(
                    MigrationLoadException.class,
                    () -> Autogen.configure(url)
                            .classLoader(loader)
                            .migrations(PKG)
                            .upgrade("head"));
            assertTrue(
                    e.getMessage()
                            .startsWith("Cannot load migration class com.example.app.migrations.M_gone (listed"
                                    + " in META-INF/autogen/migrations for package com.example.app.migrations); rebuild"
                                    + " the application so the index is written again: "),
                    e.getMessage());
        }
    }

    @Test
    void badPackagesAndMissingConfigurationAreOneLine() throws Exception {
        // the annotation processor refuses such a class (MigrationIndexProcessorTest); an index written by hand may not
        Path classes = app().withoutProcessors()
                .source("com/example/app/broken/NotAMigration.java", """
                package com.example.app.broken;

                @dev.autogen.runtime.Revision(id = "abcdef123456")
                public final class NotAMigration {}
                """)
                .compile();
        Files.createDirectories(classes.resolve("META-INF/autogen"));
        Files.writeString(classes.resolve("META-INF/autogen/migrations"), "com.example.app.broken.NotAMigration\n");
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        try (URLClassLoader loader = loader(classes)) {
            assertEquals(
                    "\"com.example..app\" is not a Java package name: give the package the migration classes are"
                            + " in, for example com.example.app.migrations",
                    assertThrows(
                                    MigrationLoadException.class,
                                    () -> Autogen.configure(url)
                                            .classLoader(loader)
                                            .migrations("com.example..app")
                                            .upgrade("head"))
                            .getMessage());
            assertEquals(
                    "Class com.example.app.broken.NotAMigration has @Revision but does not implement"
                            + " dev.autogen.runtime.Migration: add implements Migration",
                    assertThrows(
                                    InvalidMigrationException.class,
                                    () -> Autogen.configure(url)
                                            .classLoader(loader)
                                            .migrations("com.example.app.broken")
                                            .upgrade("head"))
                            .getMessage());
        }
        assertEquals(
                "Autogen has no migrations: call migrations(\"com.example.app.migrations\") with the package they"
                        + " are compiled into, migrations(classes...) or versions(folder) first",
                assertThrows(
                                MigrationLoadException.class,
                                () -> Autogen.configure(url).upgrade("head"))
                        .getMessage());
        assertFalse(Files.exists(dir.resolve("app.db")), "nothing connected");
    }

    /**
     * A password in the URL ({@code password=}, {@code user:pw@}) or given apart never reaches a message, a cause's
     * message or a stack trace, whatever the driver put into its own message (pgjdbc and DriverManager repeat the URL).
     */
    @Test
    void connectionFailuresNeverShowThePassword() throws Exception {
        String secret = "L1brarySecret";
        Path versions = Files.createDirectories(dir.resolve("empty/versions"));
        List<Autogen> configured = List.of(
                Autogen.configure("jdbc:postgresql://127.0.0.1:1/x?user=app&password=" + secret),
                Autogen.configure("jdbc:postgresql://127.0.0.1:1?user=app&password=" + secret),
                Autogen.configure("jdbc:mariadb://app:" + secret + "@127.0.0.1:1/x"),
                Autogen.configure("jdbc:mysql://app:" + secret + "@127.0.0.1:1/x"),
                Autogen.configure("jdbc:nosuchdriver://app:" + secret + "@127.0.0.1:1/x"),
                Autogen.configure("jdbc:postgresql://127.0.0.1:1/x", "app", secret));
        for (Autogen autogen : configured) {
            Exception failure = assertThrows(
                    Exception.class, () -> autogen.versions(versions).current());
            java.io.StringWriter trace = new java.io.StringWriter();
            failure.printStackTrace(new java.io.PrintWriter(trace));
            assertFalse(trace.toString().contains(secret), trace::toString);
        }
    }

    @Test
    void aVersionsFolderIsCompiledAtStartup() throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve(R1 + "_create_chats.java"), """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                @Revision(id = "9d1c0b7a2e55", message = "create chats")
                final class CreateChats implements Migration {
                    public void upgrade(Operations op) { op.execute("CREATE TABLE chats (id INTEGER PRIMARY KEY)"); }
                    public void downgrade(Operations op) { op.execute("DROP TABLE chats"); }
                }
                """);
        Autogen autogen =
                Autogen.configure("jdbc:sqlite:" + dir.resolve("app.db")).versions(versions);
        assertEquals(1, autogen.upgrade("head").size());
        assertEquals(List.of(R1), autogen.current());
    }

    @Test
    void packagedSourcesAlsoRunFromTheirFolderAsAVersionsFolder() throws Exception {
        // the README's setup: the versions folder is in the source tree and its files declare the package
        String pkg = "com.example.app.db.versions";
        AppBuild build = new AppBuild(dir.resolve("app"))
                .migration(
                        pkg,
                        R1,
                        null,
                        "create chats",
                        "op.execute(\"CREATE TABLE chats (id INTEGER PRIMARY KEY)\");",
                        "op.execute(\"DROP TABLE chats\");")
                .migration(
                        pkg,
                        R2,
                        R1,
                        "add messages",
                        "op.execute(\"CREATE TABLE messages (id INTEGER PRIMARY KEY)\");",
                        "op.execute(\"DROP TABLE messages\");");
        Path classes = build.compile();
        Path versions = dir.resolve("app/src/com/example/app/db/versions");

        Autogen fromSources =
                Autogen.configure("jdbc:sqlite:" + dir.resolve("a.db")).versions(versions);
        assertEquals(2, fromSources.upgrade("head").size());
        assertEquals(List.of(R2), fromSources.current());
        try (URLClassLoader loader = loader(classes)) {
            Autogen fromClasses = Autogen.configure("jdbc:sqlite:" + dir.resolve("b.db"))
                    .classLoader(loader)
                    .migrations(pkg);
            assertEquals(2, fromClasses.upgrade("head").size());
            assertEquals(
                    fromSources.migrator().graph().nodes().stream()
                            .map(n -> n.id() + " " + n.message())
                            .toList(),
                    fromClasses.migrator().graph().nodes().stream()
                            .map(n -> n.id() + " " + n.message())
                            .toList());
        }
    }

    @Test
    void readmeStartupRunsInThreeJvmsAtOnceWithOnlyTheRuntimeTheDatabaseModuleAndADriver() throws Exception {
        Path driver = location(org.sqlite.JDBC.class);
        String startup = Readme.blockAfter("<!-- AutogenReadmeTest", "java");
        AppBuild build = app().classpath(driver)
                .source("com/example/app/Startup.java", startup)
                .source("com/example/app/Main.java", """
                        package com.example.app;

                        public final class Main {
                            public static void main(String[] args) {
                                org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource();
                                dataSource.setUrl(args[0]);
                                Startup.migrate(dataSource);
                            }
                        }
                        """);
        build.compile();
        Path jar = build.jar("app.jar", true, Map.of());
        List<Path> classpath = new ArrayList<>(RuntimeClasspath.apiLocations());
        classpath.add(location(dev.autogen.databases.sqlite.SqliteDatabase.class));
        classpath.add(driver);
        classpath.add(jar);
        assertTrue(
                classpath.stream().map(Path::toString).noneMatch(p -> p.contains("picocli") || p.contains("hibernate")),
                classpath::toString);
        String url = "jdbc:sqlite:" + dir.resolve("replicas.db");

        List<Process> replicas = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replicas.add(new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            String.join(
                                    File.pathSeparator,
                                    classpath.stream().map(Path::toString).toList()),
                            "com.example.app.Main",
                            url)
                    .redirectErrorStream(true)
                    .start());
        }
        List<String> printed = new ArrayList<>();
        for (Process replica : replicas) {
            assertTrue(replica.waitFor(60, TimeUnit.SECONDS), "a replica hangs");
            String out = new String(replica.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, replica.exitValue(), out);
            out.lines().forEach(printed::add);
        }
        printed.sort(null);
        assertEquals(
                List.of(
                        "Running upgrade  -> 9d1c0b7a2e55, create chats",
                        "Running upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b, add messages"),
                printed,
                "each migration ran in exactly one replica");
        try (Connection c = java.sql.DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version_num FROM autogen_version")) {
            assertTrue(rs.next());
            assertEquals(R2, rs.getString(1));
            assertFalse(rs.next());
        }
    }

    @Test
    void readmeOfflineSampleIsWhatUpgradeSqlPrints() throws Exception {
        String migration = Readme.blockAfter("For this migration", "java");
        String expected = Readme.blockAfter("`upgrade head --sql` with a PostgreSQL URL prints", "sql");
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve(R1 + "_create_chats.java"), """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                import static dev.autogen.runtime.Schema.*;
                import static dev.autogen.runtime.Types.*;

                """ + migration);

        // a host that does not resolve: offline SQL never connects
        String script = Autogen.configure("jdbc:postgresql://no-such-host.invalid/app")
                .versions(versions)
                .upgradeSql("head");

        assertEquals(expected, script);
    }

    private static Path location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
