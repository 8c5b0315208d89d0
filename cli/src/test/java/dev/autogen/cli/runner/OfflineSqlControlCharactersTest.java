package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every control character and line separator in the text Autogen writes into an offline script (the {@code -- Running}
 * comment that carries the revision message, quoted names, comment literals), fed through the database's own client:
 * only the intended statements run. Each message and comment carries a {@code DROP TABLE victim} after the character.
 */
class OfflineSqlControlCharactersTest {

    /** Each code point below 0x20, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR. */
    static final List<Integer> CODE_POINTS = IntStream.concat(
                    IntStream.range(0, 0x20), IntStream.of(0x85, 0x2028, 0x2029))
            .boxed()
            .toList();

    static final String PAYLOAD = "DROP TABLE victim; SELECT 1; -- ";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void onlyTheIntendedStatementsRun(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE victim (id INTEGER)");
                s.execute("INSERT INTO victim VALUES (1)");
            }
            // SQLite keeps no comments. PostgreSQL cannot store NUL at all: that comment is refused (below), the
            // message
            // is still written. MariaDB takes NUL in a comment but cuts the comment there, online as well.
            boolean comments = !kind.equals("sqlite");
            MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
            String parent = null;
            for (int cp : CODE_POINTS) {
                String id = id(cp);
                String table = table(cp);
                boolean comment = comments && !(cp == 0 && kind.equals("postgresql"));
                String commentArgs = comment
                        ? ".comment(\"" + java(commentText(cp)) + "\"), tableComment(\"" + java(commentText(cp)) + "\")"
                        : "";
                versions.write(
                        id,
                        parent,
                        java("m " + (char) cp + PAYLOAD + (char) cp + "end"),
                        "op.createTable(\"" + java(table) + "\", column(\"id\", INTEGER)" + commentArgs + ");",
                        "op.dropTable(\"" + java(table) + "\");");
                parent = id;
            }

            String script = autogen(db, 0, "upgrade", "head", "--sql");
            DatabaseClients.feed(db, dir, script);

            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT id FROM victim")) {
                    assertTrue(rs.next(), "the victim table lost its row");
                }
                for (int cp : CODE_POINTS) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quote(kind, table(cp)))) {
                        assertTrue(rs.next());
                    }
                    if (comments && cp != 0) {
                        assertEquals(
                                commentText(cp),
                                tableComment(c, kind, db.schema(), table(cp)),
                                "table comment with U+" + hex(cp));
                        assertEquals(
                                commentText(cp),
                                columnComment(c, kind, db.schema(), table(cp)),
                                "column comment with U+" + hex(cp));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT version_num FROM autogen_version")) {
                    assertTrue(rs.next());
                    assertEquals(id(CODE_POINTS.get(CODE_POINTS.size() - 1)), rs.getString(1));
                    assertFalse(rs.next());
                }
            }

            // each message stays on its comment line
            List<String> running =
                    script.lines().filter(l -> l.startsWith("-- Running")).toList();
            assertEquals(CODE_POINTS.size(), running.size(), script);
            for (String line : running) {
                assertTrue(
                        line.chars().noneMatch(ch -> Character.isISOControl(ch) || ch == 0x2028 || ch == 0x2029),
                        () -> "a control character in " + line);
            }

            // and back down through the client: every table dropped, the victim still there
            DatabaseClients.feed(db, dir, autogen(db, 0, "downgrade", "head:base", "--sql"));
            try (Connection c = db.connect();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id FROM victim")) {
                assertTrue(rs.next(), "the victim table lost its row");
            }
        }
    }

    /** A name holding a C0 control character is refused (one line, exit 2); PostgreSQL refuses NUL in a comment. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void controlCharactersInNamesAreRefused(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
            versions.write(
                    "cp_name",
                    null,
                    "bad name",
                    "op.createTable(\"t\\015DROP TABLE victim\", column(\"id\", INTEGER));",
                    "op.dropTable(\"t\\015DROP TABLE victim\");");
            String err = autogen(db, 2, "upgrade", "head", "--sql");
            assertTrue(
                    err.startsWith("autogen: error: ")
                            && err.contains("U+000D")
                            && err.lines().count() == 1,
                    err);
            assertFalse(err.contains("\r"), err);
            if (kind.equals("postgresql")) {
                new MigrationSources(dir.resolve("nul/versions"))
                        .write(
                                "cp_nul",
                                null,
                                "nul",
                                "op.createTable(\"t\", column(\"id\", INTEGER).comment(\"a\\000b\"));",
                                "op.dropTable(\"t\");");
                String nul = autogen(db, 2, "--migrations", "nul", "upgrade", "head", "--sql");
                assertTrue(nul.contains("U+0000") && nul.lines().count() == 1, nul);
            }
        }
    }

    private static String id(int cp) {
        return "cp" + hex(cp).toLowerCase();
    }

    private static String hex(int cp) {
        return String.format("%04X", cp);
    }

    /** C0 characters cannot be in names (refused); the line separators can, inside the quotes. */
    private static String table(int cp) {
        return cp < 0x20 ? "t_" + hex(cp).toLowerCase() : "t_" + (char) cp + "x";
    }

    private static String commentText(int cp) {
        return "a" + (char) cp + "'; " + PAYLOAD + (char) cp + "\\";
    }

    /** {@code text} inside a Java string literal; octal escapes for C0, because javac reads {@code \}{@code u} first. */
    private static String java(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20) {
                out.append(String.format("\\%03o", (int) c));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String quote(String kind, String name) {
        return kind.equals("mariadb") ? "`" + name + "`" : "\"" + name + "\"";
    }

    private static String tableComment(Connection c, String kind, String schema, String table) throws SQLException {
        String sql = kind.equals("mariadb")
                ? "SELECT table_comment FROM information_schema.tables WHERE table_schema = ? AND table_name = ?"
                : "SELECT obj_description(format('%I.%I', ?::text, ?::text)::regclass, 'pg_class')";
        return one(c, sql, schema, table);
    }

    private static String columnComment(Connection c, String kind, String schema, String table) throws SQLException {
        String sql = kind.equals("mariadb")
                ? "SELECT column_comment FROM information_schema.columns WHERE table_schema = ? AND table_name = ? AND column_name = 'id'"
                : "SELECT col_description(format('%I.%I', ?::text, ?::text)::regclass, 1)";
        return one(c, sql, schema, table);
    }

    private static String one(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    /** The command line in-process; returns stdout on exit 0, stderr otherwise. */
    private String autogen(Db db, int expected, String... args) {
        List<String> all = new ArrayList<>(List.of("--url", db.url()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(expected, code, () -> String.join(" ", all) + "\n" + out + err);
        return expected == 0 ? out.toString() : err.toString();
    }
}
