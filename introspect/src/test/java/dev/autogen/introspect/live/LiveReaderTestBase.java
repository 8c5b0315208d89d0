package dev.autogen.introspect.live;

import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A live reader test on one dialect: a fresh database (or schema, or file) and a connection to it per test. */
abstract class LiveReaderTestBase {

    private final Supplier<TestDatabases.Db> databases;
    private final SchemaDialect dialect;
    protected TestDatabases.Db db;
    protected Connection connection;

    LiveReaderTestBase(Supplier<TestDatabases.Db> databases, SchemaDialect dialect) {
        this.databases = databases;
        this.dialect = dialect;
    }

    @BeforeEach
    void open() throws Exception {
        db = databases.get();
        connection = db.connect();
    }

    @AfterEach
    void close() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (db != null) {
            db.close();
        }
    }

    protected void exec(String... statements) throws Exception {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    protected SchemaSnapshot read(LiveReadOptions options) {
        return new LiveReader().read(connection, dialect, options);
    }

    protected static Table table(SchemaSnapshot snapshot, String name) {
        return snapshot.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + snapshot));
    }

    protected static List<String> names(SchemaSnapshot snapshot) {
        return snapshot.tables().stream().map(Table::name).toList();
    }
}
