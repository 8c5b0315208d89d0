package dev.autogen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.diff.rename.Rename;
import dev.autogen.engine.SettingNames.Command;
import dev.autogen.engine.SettingNames.Setting;
import dev.autogen.engine.fixtures.v1.Customer;
import dev.autogen.testing.TestDatabases;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's messages name the settings and follow-up commands as its caller does: by default by their keys, with no
 * flag and no command of a command line; with the caller's {@link SettingNames}, as the caller writes them. Through the
 * engine's API on real SQLite and H2 databases.
 */
class SettingNamesTest {

    private static final String V1 = "dev.autogen.engine.fixtures.v1";
    private static final String V2 = "dev.autogen.engine.fixtures.v2";
    private static final String FIRST = "a1b2c3d4e5f6";
    private static final String OTHER = "0f1e2d3c4b5a";

    /** How a build plugin would name its parameters and goals. */
    private static final SettingNames PLUGIN = new SettingNames() {
        @Override
        public String name(Setting setting) {
            return "<" + setting.key() + ">";
        }

        @Override
        public String assignment(Setting setting, String value) {
            return "<" + setting.key() + ">" + value + "</" + setting.key() + ">";
        }

        @Override
        public String elsewhere(Setting setting, String value) {
            return " or -Dautogen." + setting.key() + (value == null ? "" : "=" + value);
        }

        @Override
        public Optional<String> command(Command command) {
            return Optional.of("mvn autogen:" + command.name().toLowerCase(java.util.Locale.ROOT));
        }
    };

    @TempDir
    Path dir;

    @Test
    void neutralNamesAreTheSettingsKeysWithNoFlagAndNoCommand() throws Exception {
        List<String> messages = new ArrayList<>();
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        Path migrations = dir.resolve("migrations");
        Files.createDirectories(migrations.resolve("versions"));

        messages.add(expect(
                ConfigurationException.class,
                "no database URL; pass 'url'",
                Autogenerate.builder().entities(List.of(testClasses())).build()::compare));
        messages.add(expect(
                ConfigurationException.class,
                "no entity classes given; set 'entities' (folders or jars of compiled" + " @Entity classes)",
                Autogenerate.builder().database(DatabaseConnector.of(url)).build()::compare));
        Autogenerate noFolder = engine(url, V1, dir.resolve("nowhere"));
        messages.add(expect(
                MigrationsFolderException.class,
                "no migrations folder at " + dir.resolve("nowhere/versions") + "; create it or pass 'migrations'",
                () -> noFolder.writeRevision(RevisionRequest.empty("x"))));
        Autogenerate scratchAcrossSchemas = Autogenerate.builder()
                .database(DatabaseConnector.of(url))
                .entities(List.of(testClasses()))
                .packages(List.of(V1))
                .allSchemas(true)
                .scratch(true)
                .build();
        messages.add(expect(
                ConfigurationException.class,
                "'allSchemas' compares the entities as Hibernate maps them, without a"
                        + " scratch copy; drop 'scratch=true' or compare one schema",
                scratchAcrossSchemas::compare));

        // a new engine for each revision: one engine reads the history once
        Supplier<Autogenerate> engine = () -> engine(url, V1, migrations);
        messages.add(expect(
                RevisionException.class,
                "'revId=a-b' holds characters other than letters, digits and _ (it becomes"
                        + " part of the file and class name); use a short hexadecimal id such as 3f2a9c1d7e4b, or leave 'revId' out",
                () -> engine.get().writeRevision(RevisionRequest.empty("x").withRevId("a-b"))));
        engine.get().writeRevision(RevisionRequest.empty("first").withRevId(FIRST));
        messages.add(expect(
                RevisionException.class,
                "revision id " + FIRST + " already exists; choose another 'revId'",
                () -> engine.get().writeRevision(RevisionRequest.empty("x").withRevId(FIRST))));
        messages.add(expect(
                RevisionException.class,
                "branch label head is reserved for targets; choose another 'branchLabels'",
                () -> engine.get()
                        .writeRevision(new RevisionRequest("x", false, null, null, List.of(), List.of("head")))));
        messages.add(expect(
                RevisionException.class,
                "'head=-1' is relative to the database; name the revision (an id," + " prefix, head or branch@head)",
                () -> engine.get().writeRevision(RevisionRequest.empty("x").withHead("-1"))));
        messages.add(expect(
                RevisionException.class,
                "'dependsOn=base' names no revision; name one (an id, prefix, head or" + " branch@head)",
                () -> engine.get()
                        .writeRevision(new RevisionRequest("x", false, null, null, List.of("base"), List.of()))));
        messages.add(expect(
                RevisionException.class,
                "the database is not up to date (at base, head is " + FIRST + "); upgrade" + " it to head first",
                () -> engine.get().writeRevision(RevisionRequest.autogenerate("x"))));
        messages.add(expect(
                RevisionException.class,
                "merge needs two or more revisions, but heads names only " + FIRST
                        + "; name the heads to merge, or use 'heads'",
                () -> engine.get().merge(List.of("heads"), "x", null, List.of())));
        engine.get()
                .writeRevision(
                        RevisionRequest.empty("second base").withRevId(OTHER).withHead("base"));
        messages.add(expect(
                RevisionException.class,
                "the migrations have 2 heads (" + OTHER + ", " + FIRST + "); merge them, or"
                        + " name the parent with 'head=REV'",
                () -> engine.get().writeRevision(RevisionRequest.empty("x"))));

        try (TestDatabases.Db h2 = TestDatabases.h2()) {
            Autogenerate noSchema = Autogenerate.builder()
                    .database(DatabaseConnector.of(h2.url(), null, null, "nowhere"))
                    .entities(List.of(testClasses()))
                    .packages(List.of(V1))
                    .build();
            String message = assertThrows(ConfigurationException.class, noSchema::compare)
                    .getMessage();
            assertTrue(
                    message.startsWith("schema nowhere does not exist in the database; create it or fix 'schema'")
                            || message.startsWith("cannot use schema nowhere: ")
                                    && message.endsWith("; check 'schema'"),
                    message);
            messages.add(message);
        }

        for (String message : messages) {
            assertFalse(message.contains("--"), message);
            assertFalse(message.contains("autogen "), message);
            assertFalse(message.contains("autogen.properties"), message);
            assertFalse(message.contains("AUTOGEN_URL"), message);
        }
    }

    @Test
    void renameHintsNameTheRenamesSettingAsTheCallerDoes() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                // version 2's customer, but with the phone column under its old name
                s.executeUpdate(
                        "CREATE TABLE customer (id integer primary key autoincrement, name varchar(100) not null,"
                                + " email varchar(200), mobile varchar(30))");
            }
            Path migrations = dir.resolve("migrations");
            Files.createDirectories(migrations.resolve("versions"));

            Autogenerate neutral = engine(db.url(), V2, migrations);
            assertEquals(
                    List.of(
                            "? possible rename: customer.mobile -> customer.phone (use 'renames=customer.mobile=phone' to"
                                    + " keep the data)"),
                    neutral.compare().renameHints());
            WrittenRevision written =
                    neutral.writeRevision(RevisionRequest.autogenerate("phones").withRevId(FIRST));
            String source = Files.readString(written.file());
            assertTrue(
                    source.contains(
                            "POSSIBLE RENAME: customer.mobile -> customer.phone; use 'renames=customer.mobile=phone'"
                                    + " to keep the data"),
                    source);

            Autogenerate plugin = Autogenerate.builder()
                    .database(DatabaseConnector.of(db.url()))
                    .entities(List.of(testClasses()))
                    .packages(List.of(V2))
                    .settingNames(PLUGIN)
                    .build();
            assertEquals(
                    List.of("? possible rename: customer.mobile -> customer.phone (use <renames>customer.mobile=phone"
                            + "</renames> to keep the data)"),
                    plugin.compare().renameHints());

            Autogenerate unknownRename = Autogenerate.builder()
                    .database(DatabaseConnector.of(db.url()))
                    .entities(List.of(testClasses()))
                    .packages(List.of(V2))
                    .renames(List.of(Rename.parse("customer.nosuch=phone")))
                    .build();
            String neutralMessage = assertThrows(ConfigurationException.class, unknownRename::compare)
                    .getMessage();
            assertTrue(neutralMessage.endsWith("; see the comparison for the possible renames"), neutralMessage);
            Autogenerate unknownForPlugin = Autogenerate.builder()
                    .database(DatabaseConnector.of(db.url()))
                    .entities(List.of(testClasses()))
                    .packages(List.of(V2))
                    .renames(List.of(Rename.parse("customer.nosuch=phone")))
                    .settingNames(PLUGIN)
                    .build();
            String pluginMessage = assertThrows(ConfigurationException.class, unknownForPlugin::compare)
                    .getMessage();
            assertTrue(pluginMessage.endsWith("; see 'mvn autogen:diff' for the possible renames"), pluginMessage);
        }
    }

    @Test
    void aCallersNamesShowInItsMessages() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        Path migrations = dir.resolve("migrations");
        Files.createDirectories(migrations.resolve("versions"));

        // the connector takes the builder's names where it was given none
        expect(
                ConfigurationException.class,
                "no database URL; pass <url> or -Dautogen.url",
                Autogenerate.builder()
                        .entities(List.of(testClasses()))
                        .settingNames(PLUGIN)
                        .build()::compare);
        // and keeps its own where it has some
        DatabaseConnector named = DatabaseConnector.of(null).withNames(PLUGIN);
        assertEquals(PLUGIN, named.names());
        expect(ConfigurationException.class, "no database URL; pass <url> or -Dautogen.url", named::requireUrl);
        assertEquals(
                PLUGIN,
                Autogenerate.builder().database(named).build().database().names());
        expect(ConfigurationException.class, "no database URL; pass 'url'", DatabaseConnector.of(null)::requireUrl);

        expect(
                ConfigurationException.class,
                "no entity classes given; set <entities> (folders or jars of compiled @Entity"
                        + " classes) or -Dautogen.entities",
                Autogenerate.builder()
                        .database(DatabaseConnector.of(url))
                        .settingNames(PLUGIN)
                        .build()::compare);
        expect(
                MigrationsFolderException.class,
                "no migrations folder at " + dir.resolve("nowhere/versions") + "; run"
                        + " 'mvn autogen:init' or pass <migrations>",
                () -> Autogenerate.builder()
                        .database(DatabaseConnector.of(url))
                        .migrations(dir.resolve("nowhere"))
                        .settingNames(PLUGIN)
                        .build()
                        .writeRevision(RevisionRequest.empty("x")));
        assertEquals(
                "no migrations folder at " + dir.resolve("nowhere") + "; run 'mvn autogen:init' or pass <migrations>",
                MigrationsFolderException.missing(dir.resolve("nowhere"), PLUGIN)
                        .getMessage());
        expect(
                ConfigurationException.class,
                "<allSchemas> compares the entities as Hibernate maps them, without a scratch"
                        + " copy; drop <scratch>true</scratch> or -Dautogen.scratch=true or compare one schema",
                Autogenerate.builder()
                        .database(DatabaseConnector.of(url))
                        .entities(List.of(testClasses()))
                        .packages(List.of(V1))
                        .allSchemas(true)
                        .scratch(true)
                        .settingNames(PLUGIN)
                        .build()::compare);

        Supplier<Autogenerate> engine = () -> Autogenerate.builder()
                .database(DatabaseConnector.of(url))
                .entities(List.of(testClasses()))
                .packages(List.of(V1))
                .migrations(migrations)
                .settingNames(PLUGIN)
                .build();
        engine.get().writeRevision(RevisionRequest.empty("first").withRevId(FIRST));
        expect(RevisionException.class, "revision id shop is already a branch label; choose another <revId>", () -> {
            engine.get().writeRevision(new RevisionRequest("labelled", false, OTHER, null, List.of(), List.of("shop")));
            engine.get().writeRevision(RevisionRequest.empty("x").withRevId("shop"));
        });
        expect(
                RevisionException.class,
                "<head>-1</head> is relative to the database; name the revision (an id, prefix, head"
                        + " or branch@head)",
                () -> engine.get().writeRevision(RevisionRequest.empty("x").withHead("-1")));
        expect(
                RevisionException.class,
                "the database is not up to date (at base, head is " + OTHER + "); run"
                        + " 'mvn autogen:upgrade_head' first",
                () -> engine.get().writeRevision(RevisionRequest.autogenerate("x")));
        expect(
                RevisionException.class,
                "merge needs two or more revisions, but heads names only " + OTHER + "; name the heads"
                        + " to merge, or use 'heads' (run 'mvn autogen:heads' to list them)",
                () -> engine.get().merge(List.of("heads"), "x", null, List.of()));
        engine.get()
                .writeRevision(RevisionRequest.empty("second base")
                        .withRevId("0a0b0c0d0e0f")
                        .withHead("base"));
        expect(
                RevisionException.class,
                "the migrations have 2 heads (0a0b0c0d0e0f, " + OTHER + "); merge them with"
                        + " 'mvn autogen:merge_heads', or name the parent with <head>REV</head>",
                () -> engine.get().writeRevision(RevisionRequest.empty("x")));

        try (TestDatabases.Db h2 = TestDatabases.h2()) {
            Autogenerate noSchema = Autogenerate.builder()
                    .database(DatabaseConnector.of(h2.url(), null, null, "nowhere"))
                    .entities(List.of(testClasses()))
                    .packages(List.of(V1))
                    .settingNames(PLUGIN)
                    .build();
            String message = assertThrows(ConfigurationException.class, noSchema::compare)
                    .getMessage();
            assertTrue(message.endsWith("fix <schema>") || message.endsWith("; check <schema>"), message);
        }
    }

    /** Runs {@code body}, which must fail with {@code type} and exactly {@code message}; returns the message. */
    private static String expect(Class<? extends EngineException> type, String message, Executable body) {
        String actual = assertThrows(type, body).getMessage();
        assertEquals(message, actual);
        return actual;
    }

    private Autogenerate engine(String url, String pkg, Path migrations) {
        return Autogenerate.builder()
                .database(DatabaseConnector.of(url))
                .entities(List.of(testClasses()))
                .packages(List.of(pkg))
                .migrations(migrations)
                .build();
    }

    /** The folder holding the compiled test classes, the entity fixtures among them. */
    private static Path testClasses() {
        try {
            return Path.of(Customer.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
