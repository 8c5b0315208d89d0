package dev.autogen.runtime.internal.exec;

import static dev.autogen.runtime.Schema.column;
import static dev.autogen.runtime.Schema.primaryKey;
import static dev.autogen.runtime.Schema.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.core.database.Dialect;
import dev.autogen.runtime.Types;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code createTable(.., rows(..).values(..))} on each real database: the rows are there right after the table is
 * created, strings exactly as given (quote and backslash included, which MariaDB reads as an escape), whole numbers
 * beyond {@code int}, and nulls.
 */
class JdbcOperationsInitialRowsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "h2"})
    void theRowsComeWithTheTable(String kind) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        try (TestDatabases.Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            JdbcOperations op = new JdbcOperations(c, dialect);
            op.createTable(
                    "id_blocks",
                    column("block", Types.VARCHAR(40)).notNull(),
                    column("next_id", Types.BIGINT),
                    primaryKey("block"),
                    rows("block", "next_id")
                            .values("it's a \\ test", 5_000_000_000L)
                            .values("receipt", null));
            List<String> read = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "select block, next_id from " + dialect.quote("id_blocks") + " order by block")) {
                while (rs.next()) {
                    read.add(rs.getString(1) + "|" + rs.getString(2));
                }
            }
            assertEquals(List.of("it's a \\ test|5000000000", "receipt|null"), read);
        }
    }
}
