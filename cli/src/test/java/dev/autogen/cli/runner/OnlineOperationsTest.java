package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code op.online()} as the runner carries it out: on PostgreSQL a migration that uses it runs statement by statement,
 * and an index build killed halfway is rebuilt by the next {@code upgrade}; offline SQL commits before the concurrent
 * build and begins again after it; on MariaDB a foreign key added with {@code foreign_key_checks} off is refused when a
 * row references nothing, naming the key, and added once the rows are fixed.
 */
class OnlineOperationsTest {

    static final String R1 = "bb00000000b1";
    static final String R2 = "bb00000000b2";

    @TempDir
    Path dir;

    private MigrationSources items(String fill) {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        versions.write(
                R1,
                null,
                "items",
                "op.createTable(\"items\", column(\"id\", BIGINT).notNull(), column(\"name\", VARCHAR(50)),"
                        + " column(\"owner\", BIGINT), primaryKey(\"id\"));\n"
                        + "op.createTable(\"owners\", column(\"id\", BIGINT).notNull(), primaryKey(\"id\"));\n" + fill,
                "op.dropTable(\"owners\");\nop.dropTable(\"items\");");
        return versions;
    }

    @Test
    void aKilledConcurrentIndexBuildIsRebuiltByTheNextUpgrade() throws Exception {
        items("op.execute(\"INSERT INTO items (id, name) SELECT g, md5(g::text) FROM generate_series(1, 1000000) g\");")
                .write(R2, R1, "index names", """
                        op.online().createIndex("items", index("ix_items_name", "name"));
                        op.online().createForeignKey("items", foreignKey("fk_items_owner", "owner").references("owners", "id"));""", """
                        op.dropForeignKey("items", "fk_items_owner");
                        op.online().dropIndex("items", "ix_items_name");""");
        try (Db db = TestDatabases.postgres()) {
            run(db.url(), 0, "upgrade", R1);
            try (Connection watcher = db.connect()) {
                Thread stopper = new Thread(() -> {
                    try {
                        for (int k = 0; k < 2000; k++) {
                            List<String> building = strings(
                                    watcher,
                                    "SELECT pid FROM pg_stat_activity WHERE query LIKE 'create index concurrently%'"
                                            + " AND pid <> pg_backend_pid()");
                            if (!building.isEmpty()) {
                                Thread.sleep(100);
                                strings(watcher, "SELECT pg_terminate_backend(" + building.get(0) + ")");
                                return;
                            }
                            Thread.sleep(5);
                        }
                    } catch (SQLException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
                stopper.start();
                run(db.url(), 2, "upgrade", "head");
                stopper.join();
            }
            try (Connection c = db.connect()) {
                assertEquals(List.of("f"), strings(c, valid("ix_items_name")));
            }
            String rerun = run(db.url(), 0, "upgrade", "head");
            assertTrue(rerun.contains("dropped the invalid index ix_items_name"), rerun);
            try (Connection c = db.connect()) {
                assertEquals(List.of("t"), strings(c, valid("ix_items_name")));
                assertEquals(
                        List.of("fk_items_owner true"),
                        strings(
                                c,
                                "SELECT conname || ' ' || convalidated FROM pg_constraint WHERE contype = 'f'"
                                        + " AND connamespace = current_schema()::regnamespace"));
                assertEquals(List.of(R2), strings(c, "SELECT version_num FROM autogen_version"));
            }
            run(db.url(), 0, "downgrade", R1);
            try (Connection c = db.connect()) {
                assertEquals(List.of(), strings(c, valid("ix_items_name")));
                assertEquals(List.of("1000000"), strings(c, "SELECT count(*) FROM items"));
            }
        }
    }

    @Test
    void offlineSqlCommitsAroundAConcurrentBuild() throws Exception {
        items("").write(R2, R1, "index names", """
                op.addColumn("items", column("qty", INTEGER));
                op.online().createIndex("items", index("ix_items_name", "name"));
                op.online().createCheckConstraint("items", check("ck_items_qty", "qty >= 0"));""", """
                op.dropCheckConstraint("items", "ck_items_qty");
                op.online().dropIndex("items", "ix_items_name");
                op.dropColumn("items", "qty");""");
        try (Db db = TestDatabases.postgres()) {
            String sql = run(db.url(), 0, "upgrade", "head", "--sql");
            String r2 = sql.substring(sql.indexOf("-- Running upgrade " + R1));
            assertTrue(
                    r2.contains("create index concurrently ix_items_name on items (name);\n"
                            + "alter table items add constraint ck_items_qty check (qty >= 0) not valid;\n"
                            + "alter table items validate constraint ck_items_qty;\n"),
                    r2);
            assertTrue(r2.indexOf("alter table items add column qty") < r2.indexOf("COMMIT;"), r2);
            assertTrue(r2.indexOf("COMMIT;") < r2.indexOf("create index concurrently"), r2);
        }
    }

    /**
     * The offline scripts of online forms, fed to each database's own client: PostgreSQL's concurrent build outside the
     * transaction, MariaDB's check of the rows between {@code DELIMITER} lines; on MariaDB a row that references
     * nothing stops the script with the message, before the key is added.
     */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void offlineScriptsOfOnlineFormsRunInTheDatabasesClient(String kind) throws Exception {
        items("op.execute(\"INSERT INTO owners (id) VALUES (1)\");\n"
                        + "op.execute(\"INSERT INTO items (id, name, owner) VALUES (1, 'a', 1), (2, 'b', NULL)\");")
                .write(R2, R1, "owners", """
                        op.online().createIndex("items", index("ix_items_name", "name"));
                        op.online().createForeignKey("items", foreignKey("fk_items_owner", "owner").references("owners", "id"));
                        op.online().alterColumn("items", "name", from(VARCHAR(50)), to(VARCHAR(50)).notNull());""", """
                        op.online().alterColumn("items", "name", from(VARCHAR(50)).notNull(), to(VARCHAR(50)));
                        op.dropForeignKey("items", "fk_items_owner");
                        op.online().dropIndex("items", "ix_items_name");""");
        try (Db db = TestDatabases.of(kind)) {
            String script = run(db.url(), 0, "upgrade", "head", "--sql");
            if (kind.equals("mariadb")) {
                assertTrue(
                        script.contains("DELIMITER //\nif @autogen_orphans then signal sqlstate '23000' set"
                                + " message_text = 'cannot add foreign key fk_items_owner: rows of items reference no row of"
                                + " owners; delete or fix them (or set their owner to NULL) and run again'; end if//\n"
                                + "DELIMITER ;\n"),
                        script);
            }
            DatabaseClients.feed(db, dir, script);
            try (Connection c = db.connect()) {
                assertEquals(List.of(R2), strings(c, "SELECT version_num FROM autogen_version"));
                assertRefused(c, "INSERT INTO items (id, name, owner) VALUES (3, 'c', 9)");
                assertRefused(c, "INSERT INTO items (id, name, owner) VALUES (4, NULL, 1)");
            }
        }
        if (kind.equals("mariadb")) {
            try (Db db = TestDatabases.of(kind)) {
                String script = run(db.url(), 0, "upgrade", "head", "--sql").replace("(2, 'b', NULL)", "(2, 'b', 7)");
                Path file = java.nio.file.Files.writeString(dir.resolve("orphans.sql"), script);
                AssertionError stopped = org.junit.jupiter.api.Assertions.assertThrows(
                        AssertionError.class, () -> DatabaseClients.feed(db, dir, script));
                assertTrue(stopped.getMessage().contains("cannot add foreign key fk_items_owner"), stopped::getMessage);
                try (Connection c = db.connect()) {
                    assertEquals(
                            List.of("0"),
                            strings(
                                    c,
                                    "SELECT count(*) FROM information_schema.referential_constraints"
                                            + " WHERE constraint_schema = database()"));
                }
                java.nio.file.Files.delete(file);
            }
        }
    }

    private static void assertRefused(Connection c, String sql) {
        try (java.sql.Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException expected) {
            return;
        }
        throw new AssertionError("the database took " + sql);
    }

    @Test
    void aForeignKeyOverRowsThatReferenceNothingIsRefusedOnMariaDb() throws Exception {
        items("op.execute(\"INSERT INTO owners (id) VALUES (1)\");\n"
                        + "op.execute(\"INSERT INTO items (id, name, owner) VALUES (1, 'a', 1), (2, 'b', 7), (3, 'c',"
                        + " NULL)\");")
                .write(R2, R1, "owners", """
                        op.online().createIndex("items", index("ix_items_name", "name"));
                        op.online().createForeignKey("items", foreignKey("fk_items_owner", "owner").references("owners", "id"));""", """
                        op.dropForeignKey("items", "fk_items_owner");
                        op.online().dropIndex("items", "ix_items_name");""");
        try (Db db = TestDatabases.of("mariadb")) {
            run(db.url(), 0, "upgrade", R1);
            String refused = run(db.url(), 2, "upgrade", "head");
            assertTrue(
                    refused.contains(
                            "cannot add foreign key fk_items_owner: rows of items reference no row of" + " owners"),
                    refused);
            try (Connection c = db.connect()) {
                strings(c, "SELECT 1"); // the key is not there: a row may still reference nothing
                c.createStatement().executeUpdate("INSERT INTO items (id, name, owner) VALUES (4, 'd', 8)");
                c.createStatement().executeUpdate("DELETE FROM items WHERE owner IN (7, 8)");
            }
            run(db.url(), 0, "upgrade", "head");
            try (Connection c = db.connect()) {
                try {
                    c.createStatement().executeUpdate("INSERT INTO items (id, name, owner) VALUES (5, 'e', 9)");
                    throw new AssertionError("the foreign key took a row that references nothing");
                } catch (SQLException expected) {
                    // the key holds
                }
                assertEquals(List.of(R2), strings(c, "SELECT version_num FROM autogen_version"));
            }
        }
    }

    private static String valid(String index) {
        return "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = '" + index
                + "' AND c.relnamespace = current_schema()::regnamespace";
    }

    /** Runs in-process; returns stdout, or stderr when {@code code} is not 0. */
    private String run(String url, int code, String... args) {
        InProcess.Result result = InProcess.run(dir, url, code, args);
        return code == 0 ? result.out() : result.err();
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        return InProcess.rows(c, sql);
    }
}
