package dev.autogen.introspect.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.databases.sqlite.SqliteCatalogReader;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The live reader itself: which catalog reader it picks. What each database's reader reads is its module's
 * {@code <Database>LiveReaderTest}, a {@code LiveReaderContract}.
 */
class LiveReaderTest {

    @Test
    void rejectsUnsupportedDialects() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite();
                Connection connection = db.connect()) {
            LiveReader sqliteOnly = new LiveReader(List.of(new SqliteCatalogReader()));
            LiveReadException dialect = assertThrows(
                    LiveReadException.class,
                    () -> sqliteOnly.read(connection, Dialects.forName("postgresql"), LiveReadOptions.defaults()));
            assertEquals("cannot read a live postgresql database; supported: sqlite", dialect.getMessage());
        }
    }
}
