package dev.autogen.runtime.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.runtime.Types;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The portable {@code ENUM("NEW", "DONE")} holds exactly its values on every database, as Hibernate stores
 * {@code @Enumerated(STRING)} there: a native enum on MariaDB and H2, {@code varchar(255)} with a check of the values on
 * PostgreSQL and SQLite. A value outside the list is refused.
 */
class EnumTypeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb", "h2", "sqlite"})
    void anEnumColumnHoldsItsValuesOnly(String kind) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        String id = dialect.foldIdentifier("id");
        String status = dialect.foldIdentifier("status");
        Table table = new Table(
                dialect.foldIdentifier("ticket"),
                List.of(
                        new Column(id, Types.INTEGER, false, null, false),
                        new Column(status, Types.ENUM("NEW", "DONE"), false, null, false)),
                new PrimaryKey(null, List.of(id)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null);
        try (Db db = TestDatabases.of(kind);
                Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (String sql : dialect.statements(new CreateTableOp(table))) {
                s.execute(sql);
            }
            s.execute("insert into ticket (id, status) values (1, 'DONE')");
            s.execute("insert into ticket (id, status) values (2, 'NEW')");
            assertThrows(SQLException.class, () -> s.execute("insert into ticket (id, status) values (3, 'LATE')"));
            try (ResultSet rs = s.executeQuery("select status from ticket order by id")) {
                rs.next();
                assertEquals("DONE", rs.getString(1));
                rs.next();
                assertEquals("NEW", rs.getString(1));
            }
        }
    }
}
