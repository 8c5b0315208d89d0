package dev.autogen.databases.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autogen.core.database.Database;
import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.model.NameMapping;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database's catalog reader does, read as the live reader reads it ({@link Database#catalogReader()}, then
 * {@link NameMapping} through {@link Dialect#fromCatalog}): on a fresh database (or schema, or file) and a connection to
 * it per test. A database module extends this with its {@link Database}, a supplier of fresh test databases
 * ({@link TestDatabases}) and the few spellings in which databases differ, and adds its own tests beside it.
 */
public abstract class LiveReaderContract {

    private final Database database;
    private final Supplier<TestDatabases.Db> databases;
    /** The fresh test database of the running test. */
    protected TestDatabases.Db db;
    /** A connection to {@link #db}, open for the running test. */
    protected Connection connection;

    /** A contract run against {@code database}, each test on a fresh database from {@code databases}. */
    protected LiveReaderContract(Database database, Supplier<TestDatabases.Db> databases) {
        this.database = Objects.requireNonNull(database, "database");
        this.databases = Objects.requireNonNull(databases, "databases");
    }

    /**
     * A schema (or database) name that reading must reject: one that does not exist, or that this database cannot
     * read.
     */
    protected abstract String unknownSchema();

    /** The one-line message reading {@link #unknownSchema()} fails with. */
    protected abstract String unknownSchemaMessage();

    /**
     * A name written unquoted in lower case as this database reads it back: unchanged by default; a database that
     * stores unquoted names in upper case (H2) upper-cases it.
     */
    protected String unquoted(String name) {
        return name;
    }

    @BeforeEach
    void openTestDatabase() throws Exception {
        db = databases.get();
        connection = db.connect();
    }

    @AfterEach
    void closeTestDatabase() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** The dialect of the database under test. */
    protected Dialect dialect() {
        return database.dialect();
    }

    /** Runs each statement on {@link #connection}. */
    protected void exec(String... statements) throws Exception {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** Reads the schema {@code options} name as the live reader does: the catalog reader, then the dialect's names. */
    protected SchemaSnapshot read(LiveReadOptions options) {
        Dialect dialect = database.dialect();
        return NameMapping.apply(database.catalogReader().read(connection, dialect, options), dialect::fromCatalog);
    }

    /** The table {@code name} of {@code snapshot}; fails when there is none. */
    protected static Table table(SchemaSnapshot snapshot, String name) {
        return snapshot.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + snapshot));
    }

    /** The names of the tables of {@code snapshot}, in its order. */
    protected static List<String> names(SchemaSnapshot snapshot) {
        return snapshot.tables().stream().map(Table::name).toList();
    }

    /** The live reader finds a database's catalog reader by the name of the dialect it reads. */
    @Test
    void theCatalogReaderReadsTheDatabasesDialect() {
        assertEquals(database.dialect().name(), database.catalogReader().dialectName());
    }

    @Test
    void anEmptyDatabaseReadsEmpty() {
        SchemaSnapshot snapshot = read(LiveReadOptions.defaults());
        assertEquals(List.of(), snapshot.tables());
        assertEquals(List.of(), snapshot.sequences());
    }

    @Test
    void skipsTheVersionTableViewsAndFilteredTables() throws Exception {
        exec(
                "create table autogen_version (version_num varchar(32) primary key)",
                "create table kept (id int primary key)",
                "create table audit_log (id int primary key)",
                "create view kept_view as select id from kept");

        assertEquals(List.of(unquoted("audit_log"), unquoted("kept")), names(read(LiveReadOptions.defaults())));
        assertEquals(
                List.of(unquoted("kept")),
                names(read(LiveReadOptions.defaults().withTableFilter(name -> !name.startsWith(unquoted("audit"))))));
        assertEquals(
                List.of(unquoted("audit_log"), unquoted("autogen_version"), unquoted("kept")),
                names(read(LiveReadOptions.defaults().withVersionTable(null))));
    }

    @Test
    void anUnknownSchemaIsAOneLineError() {
        LiveReadException e = assertThrows(
                LiveReadException.class, () -> read(LiveReadOptions.defaults().withSchema(unknownSchema())));
        assertEquals(unknownSchemaMessage(), e.getMessage());
    }

    @Test
    void leavesTheConnectionOpenAndUnchanged() throws Exception {
        exec("create table t (id int)");
        connection.setAutoCommit(false);

        read(LiveReadOptions.defaults());

        assertFalse(connection.isClosed());
        assertFalse(connection.getAutoCommit());
        assertFalse(connection.isReadOnly());
        connection.rollback();
        connection.setAutoCommit(true);
        assertEquals(List.of(unquoted("t")), names(read(LiveReadOptions.defaults())));
    }
}
