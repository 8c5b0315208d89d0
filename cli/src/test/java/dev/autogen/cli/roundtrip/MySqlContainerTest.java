package dev.autogen.cli.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.databases.mariadb.MariaDbDialect;
import dev.autogen.introspect.live.LiveReader;
import dev.autogen.runtime.Types;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The {@code mysql} dialect on a real MySQL 8.4 in a container: the whole round trip of {@link RoundTripTest}, and
 * what the live reader reads differently from MariaDB (bare defaults, checks without a table, json as a type). Needs
 * Docker; without it the class is skipped.
 */
@Testcontainers(disabledWithoutDocker = true)
class MySqlContainerTest {

    private static final String PASSWORD = "autogen";

    @Container
    static final MySQLContainer MYSQL = new MySQLContainer("mysql:8.4").withPassword(PASSWORD);

    @TempDir
    Path dir;

    /** A fresh database in the container, dropped on close; root may create databases. */
    private static Db freshDatabase() throws Exception {
        String server = "jdbc:mysql://" + MYSQL.getHost() + ":" + MYSQL.getMappedPort(MySQLContainer.MYSQL_PORT) + "/";
        String credentials = "?user=root&password=" + PASSWORD;
        String database = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server + credentials);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        return new Db("mysql", server + database + credentials, database, () -> {
            try (Connection c = DriverManager.getConnection(server + credentials);
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database);
            }
        });
    }

    @Test
    void everyChangeRoundTripsWithRowsKept() throws Exception {
        RoundTripTest roundTrip = new RoundTripTest();
        roundTrip.dir = dir;
        roundTrip.roundTrip("mysql", MySqlContainerTest::freshDatabase);
    }

    @Test
    void readsWhatMySqlReportsDifferently() throws Exception {
        MariaDbDialect mysql = MariaDbDialect.MYSQL;
        try (Db db = freshDatabase();
                Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute(
                    "create table t (id bigint not null auto_increment primary key, status varchar(20) default 'draft',"
                            + " price decimal(10,2) default 0, doc json, uid binary(16), constraint ck_t_price check (price >= 0))");
            SchemaSnapshot snapshot = new LiveReader().read(c, mysql);
            Table t = snapshot.table("t").orElseThrow();
            assertEquals(
                    mysql.normalizeDefault("'draft'"),
                    mysql.normalizeDefault(t.column("status").orElseThrow().serverDefault()));
            assertEquals(
                    mysql.normalizeDefault("0"),
                    mysql.normalizeDefault(t.column("price").orElseThrow().serverDefault()));
            assertEquals(Types.JSON, t.column("doc").orElseThrow().type());
            assertEquals(
                    mysql.canonicalType(Types.UUID),
                    mysql.canonicalType(t.column("uid").orElseThrow().type()));
            assertEquals(
                    List.of("ck_t_price"),
                    t.checks().stream().map(CheckConstraint::name).toList());
            assertEquals(
                    mysql.normalizeCheck("price >= 0"),
                    mysql.normalizeCheck(t.checks().get(0).expression()));
        }
    }
}
