package dev.autogen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What {@link DatabaseConnector#connect()} says when no JDBC driver takes the URL. */
class DatabaseConnectorTest {

    @Test
    void aDatabaseAutogenKnowsWithoutItsDriverNamesTheMissingDriver() {
        // the MySQL module is on this class path, MySQL's driver is not (MariaDB's takes jdbc:mysql: only when asked)
        String url = "jdbc:mysql://127.0.0.1:1/shop?user=app&password=s3cret";
        assertThrows(SQLException.class, () -> DriverManager.getDriver(url));
        UnsupportedDatabaseException e = assertThrows(
                UnsupportedDatabaseException.class,
                () -> DatabaseConnector.of(url).connect());
        assertEquals(
                "no JDBC driver on the class path takes jdbc:mysql://127.0.0.1:1/shop?user=app&password=***; add mysql's"
                        + " JDBC driver to the dependencies",
                e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"));
    }

    @Test
    void aUrlNoDatabaseTakesListsTheUrlsThatWork() {
        UnsupportedDatabaseException e = assertThrows(
                UnsupportedDatabaseException.class,
                () -> DatabaseConnector.of("jdbc:postgres://127.0.0.1/shop").connect());
        assertEquals(
                "no database takes the URL jdbc:postgres://127.0.0.1/shop; ",
                e.getMessage().substring(0, e.getMessage().indexOf("; ") + 2));
    }
}
