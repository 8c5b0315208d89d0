package dev.autogen.samples.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Spring Boot sample's README flow, as a user runs it: real Maven on a copy of {@code samples/spring-boot}, with
 * the Autogen artifacts this build installed into {@code target/local-repo}, against a fresh PostgreSQL schema. The
 * fat jar runs in a JVM without the compiler modules, as on a JRE.
 */
class SpringBootSampleFlowIT {

    private static final Path SAMPLE = Path.of(System.getProperty("flow.sample"));
    private static final Path WORK = Path.of(System.getProperty("flow.work"));
    private static final Path LOCAL_REPOSITORY = Path.of(System.getProperty("flow.localRepository"));
    private static final Path REMOTE_REPOSITORY = Path.of(System.getProperty("flow.remoteRepository"));
    private static final Path MAVEN = Path.of(System.getProperty("flow.mavenHome"), "bin", "mvn");
    private static final Path MIGRATIONS = Path.of("src/main/java/com/example/accounts/migrations");

    @Test
    void theReadmeFlowWorksAsWritten() throws Exception {
        try (TestDatabases.Db db = TestDatabases.postgres()) {
            Path app = copySample();
            Path settings = settings();

            // mvn compile autogen:revision -Dautogen.message="create schema"
            Run revision = maven(app, settings, db, "compile", "autogen:revision", "-Dautogen.message=create schema");
            assertEquals(0, revision.exit(), revision.output());
            List<Path> migrations = migrations(app);
            assertEquals(1, migrations.size(), migrations.toString());
            String first = Files.readString(migrations.get(0));
            assertTrue(first.startsWith("package com.example.accounts.migrations;"), first);
            for (String name : List.of("\"account\"", "\"display_name\"", "\"email_address\"", "\"created_at\"")) {
                assertTrue(first.contains(name), name + " in\n" + first);
            }
            assertTrue(!first.contains("displayName"), first);

            // mvn -q package -DskipTests; java -jar target/accounts-1.0.0.jar
            Run packaged = maven(app, settings, db, "-q", "package", "-DskipTests");
            assertEquals(0, packaged.exit(), packaged.output());
            Run started = runJar(app, db);
            assertEquals(0, started.exit(), started.output());
            assertTrue(started.output().contains("accounts: 1"), started.output());
            assertTrue(columns(db, "account").containsAll(List.of("display_name", "email_address", "created_at")));

            // a new field: check fails, listing it
            addPhoneNumber(app);
            Run drift = maven(app, settings, db, "compile", "autogen:check");
            assertNotEquals(0, drift.exit(), drift.output());
            assertTrue(drift.output().contains("phone_number"), drift.output());

            // revision, package, run: the new column, the old row kept; then check passes
            Run second = maven(app, settings, db, "compile", "autogen:revision", "-Dautogen.message=add phone number");
            assertEquals(0, second.exit(), second.output());
            assertEquals(2, migrations(app).size());
            Run repackaged = maven(app, settings, db, "-q", "package", "-DskipTests");
            assertEquals(0, repackaged.exit(), repackaged.output());
            Run restarted = runJar(app, db);
            assertEquals(0, restarted.exit(), restarted.output());
            assertTrue(restarted.output().contains("accounts: 2"), restarted.output());
            assertTrue(columns(db, "account").contains("phone_number"));
            Run clean = maven(app, settings, db, "compile", "autogen:check");
            assertEquals(0, clean.exit(), clean.output());
        }
    }

    /** The sample as it is in the repository, without what a build of it left. */
    private static Path copySample() throws IOException {
        deleteTree(WORK);
        Path app = WORK.resolve("accounts");
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path file : files.toList()) {
                Path relative = SAMPLE.relativize(file);
                if (relative.startsWith("target") || relative.startsWith(MIGRATIONS)) {
                    continue;
                }
                Path to = app.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return app;
    }

    /**
     * Maven's settings for the flow: the Autogen artifacts come from {@code target/local-repo} (the local repository
     * of these runs), everything else from the building Maven's local repository, then from Maven Central.
     */
    private static Path settings() throws IOException {
        String url = REMOTE_REPOSITORY.toUri().toString();
        String repository = "<id>building-maven</id><url>" + url + "</url>"
                + "<releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>"
                + "<snapshots><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></snapshots>";
        String xml = "<settings><profiles><profile><id>flow</id>"
                + "<activation><activeByDefault>true</activeByDefault></activation>"
                + "<repositories><repository>" + repository + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles></settings>";
        Path settings = WORK.resolve("settings.xml");
        Files.writeString(settings, xml);
        return settings;
    }

    private static Run maven(Path app, Path settings, TestDatabases.Db db, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                MAVEN.toString(),
                "-B",
                "-s",
                settings.toString(),
                "-Dmaven.repo.local=" + LOCAL_REPOSITORY,
                "-Dautogen.url=" + db.url()));
        command.addAll(List.of(args));
        return run(app, command);
    }

    /**
     * {@code java -jar target/accounts-1.0.0.jar} on the test's schema, in a JVM limited to the modules Spring Boot,
     * Hibernate and the driver use, without {@code jdk.compiler} (javac), as a JRE is. (A JRE has Java SE's
     * {@code java.compiler}, the {@code javax.lang.model} API without a compiler, which Spring Data reads.)
     */
    private static Run runJar(Path app, TestDatabases.Db db) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String modules = "java.base,java.sql,java.naming,java.management,java.logging,java.xml,java.desktop,"
                + "java.instrument,java.security.jgss,java.net.http,java.compiler,jdk.unsupported,jdk.crypto.ec";
        Run listed = run(app, List.of(java.toString(), "--limit-modules", modules, "--list-modules"));
        assertTrue(listed.output().contains("java.base") && !listed.output().contains("jdk.compiler"), listed.output());
        return run(
                app,
                List.of(
                        java.toString(),
                        "--limit-modules",
                        modules,
                        "-jar",
                        "target/accounts-1.0.0.jar",
                        "--spring.datasource.url=" + db.url(),
                        "--spring.main.banner-mode=off"));
    }

    private static Run run(Path dir, List<String> command) throws Exception {
        Path log = Files.createTempFile(WORK, "run", ".log");
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 10 minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return new Run(process.exitValue(), "$ " + String.join(" ", command) + "\n" + output);
    }

    private static List<Path> migrations(Path app) throws IOException {
        Path folder = app.resolve(MIGRATIONS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                    .sorted()
                    .toList();
        }
    }

    /** The README's step 4: a new field on Account. */
    private static void addPhoneNumber(Path app) throws IOException {
        Path account = app.resolve("src/main/java/com/example/accounts/Account.java");
        String source = Files.readString(account);
        String anchor = "    protected Account() {}";
        assertTrue(source.contains(anchor), source);
        Files.writeString(
                account,
                source.replace(anchor, "    @Column(length = 20)\n    private String phoneNumber;\n\n" + anchor));
    }

    private static List<String> columns(TestDatabases.Db db, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url());
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT column_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND table_name = '" + table + "'")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private record Run(int exit, String output) {}
}
