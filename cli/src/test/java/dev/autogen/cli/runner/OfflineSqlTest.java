package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.introspect.live.LiveReader;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code upgrade --sql} and {@code downgrade --sql}: the script, fed to the database's own client (psql, sqlite3),
 * leaves the same schema (read back with the live reader) and the same version table as the online run.
 */
class OfflineSqlTest {

    static final String R1 = "9d1c0b7a2e55";
    static final String R2 = "3f2a9c1d7e4b";
    static final String R3 = "3fc05b2d4a19";

    @TempDir
    Path dir;

    @BeforeEach
    void migrations() {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        versions.write(R1, null, "create chats", """
                op.createTable("chats", column("id", BIGINT).notNull().identity(), column("title", VARCHAR(100)),
                        primaryKey("id"));""", """
                op.dropTable("chats");""");
        versions.write(R2, R1, "add token usage", """
                op.createTable("token_usage", column("id", BIGINT).notNull().identity(),
                        column("chat_id", BIGINT).notNull(), column("tokens", INTEGER).serverDefault("0"),
                        primaryKey("id"), foreignKey("fk_usage_chat", "chat_id").references("chats", "id"));
                op.createIndex("token_usage", index("idx_usage_chat", "chat_id"));""", """
                op.dropIndex("token_usage", "idx_usage_chat");
                op.dropTable("token_usage");""");
        // on SQLite both tables are rebuilt: the model replayed from base must know them, index and foreign key
        // included
        versions.write(R3, R2, "widen title and add model", """
                op.alterColumn("chats", "title", from(VARCHAR(100)), to(VARCHAR(200)).notNull().serverDefault("'untitled'"));
                op.addColumn("token_usage", column("model", VARCHAR(50)));
                op.createUniqueConstraint("token_usage", unique("uk_usage_chat_model", "chat_id", "model"));""", """
                op.dropUniqueConstraint("token_usage", "uk_usage_chat_model");
                op.dropColumn("token_usage", "model");
                op.alterColumn("chats", "title", from(VARCHAR(200)).notNull().serverDefault("'untitled'"), to(VARCHAR(100)));""");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void scriptsLeaveWhatTheOnlineRunLeaves(String kind) throws Exception {
        try (Db online = TestDatabases.of(kind);
                Db offline = TestDatabases.of(kind)) {
            String script = autogen(offline, "upgrade", "head", "--sql");
            assertNothingTouched(offline);
            assertTrue(
                    script.startsWith("-- Autogen offline upgrade from base to " + R3 + " (" + kind + ")\n"), script);

            assertEquals("", autogen(online, "upgrade", "head", "-q"), "--quiet prints no step");
            feed(offline, script);
            assertSameDatabase(online, offline, List.of(R3));

            autogen(online, "downgrade", R1, "-q");
            feed(offline, autogen(offline, "downgrade", "head:" + R1, "--sql"));
            assertSameDatabase(online, offline, List.of(R1));

            // up again in two scripts: the second starts at R2, with the schema below it replayed for SQLite's rebuilds
            autogen(online, "upgrade", "head", "-q");
            feed(offline, autogen(offline, "upgrade", R1 + ":" + R2, "--sql"));
            feed(offline, autogen(offline, "upgrade", R2 + ":head", "--sql", "--transaction-per-run"));
            assertSameDatabase(online, offline, List.of(R3));

            autogen(online, "downgrade", "base", "-q");
            feed(offline, autogen(offline, "downgrade", R3 + ":base", "--sql"));
            assertSameDatabase(online, offline, List.of());
        }
    }

    /** Runs the command line in-process against {@code db}; returns stdout, failing on any error. */
    private String autogen(Db db, String... args) {
        List<String> all = new ArrayList<>(List.of("--url", db.url()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, () -> String.join(" ", all) + "\n" + out + err);
        assertEquals("", err.toString());
        return out.toString();
    }

    private void feed(Db db, String script) throws Exception {
        DatabaseClients.feed(db, dir, script);
    }

    /** --sql opened no connection: the SQLite file was never created, the PostgreSQL schema holds nothing. */
    private static void assertNothingTouched(Db db) throws SQLException {
        if (db.kind().equals("sqlite")) {
            assertFalse(
                    Files.exists(Path.of(db.url().substring("jdbc:sqlite:".length()))), "--sql opened the database");
        } else if (db.kind().equals("mariadb")) {
            try (Connection c = db.connect()) {
                assertEquals(
                        List.of(),
                        strings(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"));
            }
        } else {
            try (Connection c = db.connect()) {
                assertEquals(
                        List.of(),
                        strings(
                                c,
                                "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + db.schema()
                                        + "'"));
            }
        }
    }

    private static void assertSameDatabase(Db online, Db offline, List<String> versions) throws SQLException {
        SchemaSnapshot expected = read(online);
        SchemaSnapshot actual = read(offline);
        assertEquals(expected, actual);
        assertEquals(versions.isEmpty(), expected.tables().isEmpty());
        try (Connection a = online.connect();
                Connection b = offline.connect()) {
            assertEquals(versions, strings(a, "SELECT version_num FROM autogen_version"));
            assertEquals(versions, strings(b, "SELECT version_num FROM autogen_version"));
        }
    }

    private static SchemaSnapshot read(Db db) throws SQLException {
        try (Connection c = db.connect()) {
            return new LiveReader().read(c, Dialects.forName(db.kind()), LiveReadOptions.defaults());
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
