package dev.autogen.runtime.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.databases.h2.H2Dialect;
import dev.autogen.databases.mariadb.MariaDbDialect;
import dev.autogen.databases.postgresql.PostgresDialect;
import dev.autogen.databases.sqlite.SqliteDialect;
import dev.autogen.runtime.internal.migration.MigrationBackend;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class DialectsTest {

    @Test
    void byName() {
        for (String name : new String[] {"postgresql", "PostgreSQL", "postgres", "pg", " pg "}) {
            assertSame(PostgresDialect.INSTANCE, Dialects.forName(name), name);
        }
        assertSame(SqliteDialect.INSTANCE, Dialects.forName("sqlite"));
        assertSame(SqliteDialect.INSTANCE, Dialects.forName("SQLite"));
        assertSame(H2Dialect.INSTANCE, Dialects.forName("H2"));
        assertSame(MariaDbDialect.MARIADB, Dialects.forName("MariaDB"));
        assertSame(MariaDbDialect.MYSQL, Dialects.forName("mysql"));
    }

    @Test
    void byUrl() {
        assertSame(
                PostgresDialect.INSTANCE, Dialects.forUrl("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"));
        assertSame(SqliteDialect.INSTANCE, Dialects.forUrl("jdbc:sqlite:/tmp/x.db"));
        assertSame(SqliteDialect.INSTANCE, Dialects.forUrl("JDBC:SQLITE::memory:"));
        assertSame(H2Dialect.INSTANCE, Dialects.forUrl("jdbc:h2:/tmp/app"));
        assertSame(H2Dialect.INSTANCE, Dialects.forUrl("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"));
        assertSame(MariaDbDialect.MARIADB, Dialects.forUrl("jdbc:mariadb://127.0.0.1:3306/app?sslMode=disable"));
        assertSame(MariaDbDialect.MYSQL, Dialects.forUrl("jdbc:mysql://127.0.0.1:3306/app"));
    }

    /** The MariaDB driver serves jdbc:mysql: URLs too: the server, not the scheme, says which database this is. */
    @Test
    void aMySqlUrlToAMariaDbServerIsMariaDb() throws Exception {
        try (Db db = TestDatabases.mariadb()) {
            String url = "jdbc:mysql:" + db.url().substring("jdbc:mariadb:".length()) + "&permitMysqlScheme";
            try (Connection connection = DriverManager.getConnection(url)) {
                assertSame(MariaDbDialect.MARIADB, Dialects.forConnection(connection));
                assertEquals("mariadb", MigrationBackend.detect(connection).name());
            }
            try (Connection connection = db.connect()) {
                assertSame(MariaDbDialect.MARIADB, Dialects.forConnection(connection));
            }
        }
    }

    @Test
    void unknownNamesTheSupportedOnes() {
        IllegalArgumentException byName =
                assertThrows(IllegalArgumentException.class, () -> Dialects.forName("oracle"));
        assertTrue(
                byName.getMessage().contains("oracle")
                        && byName.getMessage().contains("postgresql")
                        && byName.getMessage().contains("sqlite"),
                byName.getMessage());
        IllegalArgumentException byUrl = assertThrows(
                IllegalArgumentException.class,
                () -> Dialects.forUrl("jdbc:oracle:thin:@//h/db?user=u&password=secret"));
        assertTrue(
                byUrl.getMessage().contains("jdbc:postgresql")
                        && byUrl.getMessage().contains("jdbc:sqlite"),
                byUrl.getMessage());
        assertTrue(!byUrl.getMessage().contains("secret"), byUrl.getMessage());
    }
}
