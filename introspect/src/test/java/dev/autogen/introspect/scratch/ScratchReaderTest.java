package dev.autogen.introspect.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.CatalogReader;
import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.introspect.entity.EntityExport;
import dev.autogen.introspect.entity.EntityReader;
import dev.autogen.introspect.entity.EntitySource;
import dev.autogen.introspect.fixtures.blog.Author;
import dev.autogen.introspect.live.LiveReader;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scratch copy: Hibernate's DDL for the blog fixtures, run in a throwaway space next to the database and read back,
 * is what a database of its own with that DDL reads as; the space is gone afterwards, also when the DDL fails, and the
 * connection is left as it was.
 */
class ScratchReaderTest {

    /** The databases whose scratch space is a schema or database on the same server. */
    static final java.util.Set<String> SERVERS = java.util.Set.of("postgresql", "mariadb");

    static EntitySource blog() throws Exception {
        Path classes = Path.of(
                Author.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return new EntitySource(List.of(classes), List.of("dev.autogen.introspect.fixtures.blog"));
    }

    /** A live reader that remembers which schemas it read. */
    static final class Recording implements CatalogReader {
        final String kind;
        final List<String> schemas = new ArrayList<>();

        Recording(String kind) {
            this.kind = kind;
        }

        @Override
        public String dialectName() {
            return kind;
        }

        @Override
        public SchemaSnapshot read(Connection connection, SchemaDialect dialect, LiveReadOptions options) {
            schemas.add(options.schema());
            return new LiveReader().read(connection, dialect, options);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "h2"})
    void theScratchCopyReadsLikeADatabaseOfItsOwn(String kind) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        EntityExport export = new EntityReader().export(blog(), dialect);
        SchemaSnapshot own;
        try (TestDatabases.Db fresh = TestDatabases.of(kind);
                Connection c = fresh.connect();
                Statement s = c.createStatement()) {
            for (String sql : export.createStatements()) {
                s.execute(sql);
            }
            own = new LiveReader().read(c, dialect);
        }
        try (TestDatabases.Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            String searchPath = searchPath(kind, c);
            Recording reader = new Recording(kind);
            SchemaSnapshot scratch = new ScratchReader(new LiveReader(List.of(reader)))
                    .read(export, c, dialect, LiveReadOptions.defaults());

            if (export.createsForeignKeys()) {
                assertEquals(own, scratch);
            } else {
                // Hibernate's export made no foreign keys here; the scratch model has the entity model's
                assertEquals(withoutForeignKeys(own), withoutForeignKeys(scratch));
                for (Table t : scratch.tables()) {
                    assertEquals(export.model().table(t.name()).orElseThrow().foreignKeys(), t.foreignKeys(), t.name());
                }
                assertTrue(
                        scratch.tables().stream().anyMatch(t -> !t.foreignKeys().isEmpty()));
            }
            assertTrue(scratch.tables().size() > 5, scratch::toString);
            assertEquals(
                    List.of(),
                    new LiveReader().read(c, dialect).tables(),
                    "nothing was created in the database itself");
            assertEquals(searchPath, searchPath(kind, c));
            if (SERVERS.contains(kind)) {
                String name = reader.schemas.get(0);
                assertTrue(name.matches("autogen_scratch_[0-9a-f]{12}"), name);
                assertFalse(schemaExists(kind, c, name), name + " is dropped");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "h2"})
    void aFailingStatementStillDropsTheScratchSpace(String kind) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        EntityExport broken = new EntityExport(
                SchemaSnapshot.empty(),
                List.of("create table fine (id integer primary key)", "create tabel broken (id integer)"),
                true,
                false);
        try (TestDatabases.Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            String searchPath = searchPath(kind, c);
            LiveReadException e = assertThrows(
                    LiveReadException.class,
                    () -> new ScratchReader().read(broken, c, dialect, LiveReadOptions.defaults()));
            Matcher m = Pattern.compile("^Hibernate's DDL failed in the scratch space (autogen_scratch_[0-9a-f]{12}): "
                            + "create tabel broken \\(id integer\\): .+")
                    .matcher(e.getMessage());
            assertTrue(m.matches(), e.getMessage());
            assertEquals(searchPath, searchPath(kind, c));
            if (SERVERS.contains(kind)) {
                assertFalse(schemaExists(kind, c, m.group(1)), m.group(1) + " is dropped");
            }
            assertEquals(List.of(), new LiveReader().read(c, dialect).tables());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "h2"})
    void entitiesInASchemaOfTheirOwnCannotGoIntoAScratchSpace(String kind) throws Exception {
        EntityExport qualified =
                new EntityExport(SchemaSnapshot.empty(), List.of("create table other.t (id integer)"), true, true);
        try (TestDatabases.Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            LiveReadException e = assertThrows(
                    LiveReadException.class,
                    () -> new ScratchReader().read(qualified, c, Dialects.forName(kind), LiveReadOptions.defaults()));
            assertNotNull(e.getMessage());
            assertTrue(e.getMessage().contains("name their own schema"), e.getMessage());
        }
    }

    private static SchemaSnapshot withoutForeignKeys(SchemaSnapshot s) {
        return s.withTables(
                s.tables().stream().map(t -> t.withForeignKeys(List.of())).toList());
    }

    /** Where unqualified names go on this connection: PostgreSQL's search path, MariaDB's current database. */
    private static String searchPath(String kind, Connection c) throws SQLException {
        String query = switch (kind) {
            case "postgresql" -> "show search_path";
            case "mariadb" -> "select database()";
            default -> null;
        };
        if (query == null) {
            return "";
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static boolean schemaExists(String kind, Connection c, String name) throws SQLException {
        String query = kind.equals("postgresql")
                ? "select count(*) from pg_namespace where nspname = ?"
                : "select count(*) from information_schema.schemata where schema_name = ?";
        try (PreparedStatement ps = c.prepareStatement(query)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }
}
